'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { refusedState } from '@/lib/forms';
import { refusalCode } from '@/lib/kaipay/refusal';
import { ChangePinSchema, ResetPinSchema } from '@/lib/kaipay/schemas';
import { changePin, resetPin, type PinCareResult } from '@/lib/kaipay/pin-care';
import { lupaPinPath } from './return-to';

function answer(result: PinCareResult, success: string) {
  if (result.ok) return { status: 'success', message: success } as const;
  return refusedState(refusalCode(result), result.field);
}

/** Ubah PIN: old PIN (counts toward the lock), then a new one twice. */
export const updatePin = userAction(
  ChangePinSchema,
  async ({ oldPin, pin }, { user }) => answer(await changePin(user.id, oldPin, pin), 'changed'),
  { returnTo: '/kaipay/pin', invalidMessage: 'generic' },
);

/**
 * Lupa PIN, part 2: the OTP and a new PIN twice. Success leads on (back to the checkout it came
 * from, or to KAIPay); a lock reloads the page, which then says when to try again.
 */
export const resetPinWithOtp = userAction(
  ResetPinSchema.safeExtend({ next: z.string().max(500).optional() }),
  async ({ code, pin, next }, { user }) => {
    const result = await resetPin(user.id, code, pin);
    if (result.ok) redirect(lupaPinPath(next, { done: '1' }));
    if (result.code === 'otp_locked') redirect(lupaPinPath(next, { error: 'otp_locked' }));
    return answer(result, 'reset');
  },
  { returnTo: '/kaipay/pin/lupa', invalidMessage: 'generic' },
);
