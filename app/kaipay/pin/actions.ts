'use server';

import { userAction } from '@/lib/actions/callers';
import { refusedState } from '@/lib/forms';
import { refusalCode } from '@/lib/kaipay/refusal';
import { ChangePinSchema, ResetPinSchema } from '@/lib/kaipay/schemas';
import { changePin, resetPin, type PinCareResult } from '@/lib/kaipay/pin-care';

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

/** Lupa PIN, part 2: the OTP and a new PIN twice. */
export const resetPinWithOtp = userAction(
  ResetPinSchema,
  async ({ code, pin }, { user }) => answer(await resetPin(user.id, code, pin), 'reset'),
  { returnTo: '/kaipay/pin/lupa', invalidMessage: 'generic' },
);
