'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { refusedState } from '@/lib/forms';
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
/** Where to return after activation (a checkout), carried by every step's form and re-checked. */
const Next = z.object({ next: z.string().max(500).optional() });

/** The activation page again, keeping where to return afterwards. */
function here(next: string | undefined, query: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    ...query,
    ...(next ? { next: safeNext(next) } : {}),
  }).toString();
  return params ? `${PATH}?${params}` : PATH;
}

/** How the code went out; `fallback` when WhatsApp was asked for but the number is not on it. */
function sentQuery(asked: string | undefined, sent: string | undefined): Record<string, string> {
  return { sent: sent ?? '', ...(asked === 'whatsapp' && sent === 'sms' ? { fallback: '1' } : {}) };
}

/** A refusal about the field, or about the whole step (shown above the form). */
function fieldOrMessage(field: string, code: string) {
  return code === 'step_invalid' ? refusedState(code) : refusedState(code, field);
}

/** Step 1: identity, then the first OTP is sent. */
export const sendIdentity = userAction(
  IdentitySchema.safeExtend(Next.shape),
  async ({ next, ...identity }, { user }) => {
    const result = await submitIdentity(user.id, identity);
    if (!result.ok) return { status: 'error', message: refusalCode(result) };
    redirect(here(next, sentQuery(identity.channel, result.channel)));
  },
  {
    returnTo: PATH,
    invalidMessage: 'generic',
    echo: ['fullName', 'nik', 'birthDate', 'email', 'channel', 'consent'],
  },
);

/** Step 2: the OTP. Wrong codes count toward the 24-hour lock in the database. */
export const verifyOtp = userAction(
  OtpCodeSchema.extend(Next.shape),
  async ({ code, next }, { user }) => {
    const result = await verifyActivationOtp(user.id, code);
    // A lock changes the page (no code form, no resend countdown, when to try again): reload it.
    if (!result.ok && result.code === 'otp_locked') redirect(here(next, { error: 'otp_locked' }));
    if (!result.ok) return fieldOrMessage('code', refusalCode(result));
    redirect(here(next));
  },
  { returnTo: PATH, invalidMessage: 'generic' },
);

/** Resends the activation OTP (WhatsApp first, or SMS when chosen); the outcome shows on the page. */
export const resendOtp = userAction(
  ChannelSchema.extend(Next.shape),
  async ({ channel, next }, { user }) => {
    const result = await resendActivationOtp(user.id, channel);
    redirect(
      here(next, result.ok ? sentQuery(channel, result.channel) : { error: refusalCode(result) }),
    );
  },
  { returnTo: PATH },
);

/** Step 3: the PIN, twice. */
export const createPin = userAction(
  NewPinSchema.safeExtend(Next.shape),
  async ({ pin, next }, { user }) => {
    const result = await setActivationPin(user.id, pin);
    if (!result.ok) return fieldOrMessage('pin', result.code);
    redirect(next && safeNext(next) !== '/' ? safeNext(next) : '/kaipay?activated=1');
  },
  { returnTo: PATH, invalidMessage: 'generic' },
);

/** Goes back to the identity step (a mistyped number); OTP counters are kept. */
export const restart = userAction(
  Next,
  async ({ next }, { user }) => {
    await restartActivation(user.id);
    redirect(here(next));
  },
  { returnTo: PATH },
);
