'use server';

import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { echo, fieldErrorsOf, type FormState } from '@/lib/forms';
import {
  resendActivationOtp,
  restartActivation,
  setActivationPin,
  submitIdentity,
  verifyActivationOtp,
} from '@/lib/kaipay/activation';
import { refusalCode } from '@/lib/kaipay/refusal';
import { ChannelSchema, IdentitySchema, NewPinSchema, OtpCodeSchema } from '@/lib/kaipay/schemas';
import { safeNext } from '@/lib/safe-next';

const PATH = '/kaipay/aktivasi';
/** The activation page again, keeping where to return afterwards (a checkout); `next` is bound by the page and re-checked here. */
function here(next: string, query: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    ...query,
    ...(next ? { next: safeNext(next) } : {}),
  }).toString();
  return params ? `${PATH}?${params}` : PATH;
}
/** A refusal about the field, or about the whole step (shown above the form). */
function fieldOrMessage(field: string, code: string): FormState {
  return code === 'step_invalid'
    ? { status: 'error', message: code }
    : { status: 'error', message: 'generic', fieldErrors: { [field]: [code] } };
}

const IDENTITY_ECHO = ['fullName', 'nik', 'birthDate', 'email', 'channel'];

/** Step 1: identity, then the first OTP is sent. */
export async function sendIdentity(
  next: string,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const user = await requireUser(PATH);
  const values = echo(form, IDENTITY_ECHO);
  const parsed = IdentitySchema.safeParse({
    ...values,
    channel: values.channel === 'sms' ? 'sms' : undefined,
  });
  if (!parsed.success)
    return {
      status: 'error',
      message: 'generic',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  const result = await submitIdentity(user.id, parsed.data);
  if (!result.ok) return { status: 'error', message: refusalCode(result), values };
  redirect(here(next, { sent: result.channel ?? '' }));
}

/** Step 2: the OTP. Wrong codes count toward the 24-hour lock in the database. */
export async function verifyOtp(
  next: string,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const user = await requireUser(PATH);
  const parsed = OtpCodeSchema.safeParse({ code: form.get('code') ?? '' });
  if (!parsed.success)
    return { status: 'error', message: 'generic', fieldErrors: fieldErrorsOf(parsed.error) };
  const result = verifyActivationOtp(user.id, parsed.data.code);
  if (!result.ok) return fieldOrMessage('code', refusalCode(result));
  redirect(here(next));
}

/** Resends the activation OTP (WhatsApp first, or SMS when chosen); the outcome shows on the page. */
export async function resendOtp(next: string, form: FormData): Promise<void> {
  const user = await requireUser(PATH);
  const parsed = ChannelSchema.safeParse({ channel: form.get('channel') ?? undefined });
  const result = await resendActivationOtp(
    user.id,
    parsed.success ? parsed.data.channel : undefined,
  );
  redirect(here(next, result.ok ? { sent: result.channel ?? '' } : { error: refusalCode(result) }));
}

/** Step 3: the PIN, twice. */
export async function createPin(
  next: string,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const user = await requireUser(PATH);
  const parsed = NewPinSchema.safeParse({
    pin: form.get('pin') ?? '',
    pinConfirm: form.get('pinConfirm') ?? '',
  });
  if (!parsed.success)
    return { status: 'error', message: 'generic', fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await setActivationPin(user.id, parsed.data.pin);
  if (!result.ok) return fieldOrMessage('pin', result.code);
  redirect(next && safeNext(next) !== '/' ? safeNext(next) : '/kaipay?activated=1');
}

/** Goes back to the identity step (a mistyped number); OTP counters are kept. */
export async function restart(next: string): Promise<void> {
  const user = await requireUser(PATH);
  restartActivation(user.id);
  redirect(here(next));
}
