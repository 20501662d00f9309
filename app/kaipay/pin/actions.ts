'use server';

import { requireUser } from '@/lib/auth/session';
import { fieldErrorsOf, type FormState } from '@/lib/forms';
import { refusalCode } from '@/lib/kaipay/refusal';
import { ChangePinSchema, ResetPinSchema } from '@/lib/kaipay/schemas';
import { changePin, resetPin } from '@/lib/wallet/pin-care';

function refused(r: { code: string; field?: string; attemptsLeft?: number }): FormState {
  const code = refusalCode(r);
  return r.field
    ? { status: 'error', message: 'generic', fieldErrors: { [r.field]: [code] } }
    : { status: 'error', message: code };
}

/** Ubah PIN: old PIN (counts toward the lock), then a new one twice. */
export async function updatePin(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser('/kaipay/pin');
  const parsed = ChangePinSchema.safeParse({
    oldPin: form.get('oldPin') ?? '',
    pin: form.get('pin') ?? '',
    pinConfirm: form.get('pinConfirm') ?? '',
  });
  if (!parsed.success)
    return { status: 'error', message: 'generic', fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await changePin(user.id, parsed.data.oldPin, parsed.data.pin);
  return result.ok ? { status: 'success', message: 'changed' } : refused(result);
}

/** Lupa PIN, part 2: the OTP and a new PIN twice. */
export async function resetPinWithOtp(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser('/kaipay/pin/lupa');
  const parsed = ResetPinSchema.safeParse({
    code: form.get('code') ?? '',
    pin: form.get('pin') ?? '',
    pinConfirm: form.get('pinConfirm') ?? '',
  });
  if (!parsed.success)
    return { status: 'error', message: 'generic', fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await resetPin(user.id, parsed.data.code, parsed.data.pin);
  return result.ok ? { status: 'success', message: 'reset' } : refused(result);
}
