import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { advanceClock, now } from '@/lib/clock';
import { identityOf, lastCode, makeUser } from '@/lib/wallet/testing/fixtures';
import { inboxOf } from '@/lib/notify/inbox';
import { IdentitySchema, type IdentityInput } from './schemas';
import {
  activationState,
  resendActivationOtp,
  submitIdentity,
  verifyActivationOtp,
} from './activation';
import { OTP_RULES } from './otp';

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  db = await openTempDb();
});
afterEach(async () => {
  await db.cleanup();
});

const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const fieldErrors = (input: Record<string, unknown>) => {
  const r = IdentitySchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path[0], i.message]));
};

describe('activation: channel choice and consent (issue 12.9)', () => {
  it('the schema demands an explicit channel and consent to the terms', () => {
    const { channel, consent, ...rest } = identityOf('+6281200000010');
    expect(channel).toBe('whatsapp');
    expect(consent).toBe('yes');
    expect(fieldErrors(rest)).toEqual({
      channel: 'channel_required',
      consent: 'consent_required',
    });
    expect(fieldErrors({ ...rest, channel: 'pigeon', consent: 'on' })).toEqual({
      channel: 'channel_required',
      consent: 'consent_required',
    });
    expect(fieldErrors({ ...rest, channel: 'sms', consent: 'yes' })).toEqual({});
  });

  it('without consent nothing is stored and no OTP is sent, whatever the caller', async () => {
    const u = await makeUser();
    const noConsent = { ...identityOf(u.phone), consent: 'no' } as unknown as IdentityInput;
    expect(await submitIdentity(u.id, noConsent)).toEqual({ ok: false, code: 'consent_required' });
    expect(await inboxOf(u.phone)).toEqual([]);
    expect((await activationState(u.id)).step).toBe('identity');
  });

  it('SMS chosen goes by SMS; WhatsApp chosen falls back to SMS off WhatsApp', async () => {
    const onWa = await makeUser('0');
    expect(await submitIdentity(onWa.id, { ...identityOf(onWa.phone), channel: 'sms' })).toEqual({
      ok: true,
      channel: 'sms',
    });
    const offWa = await makeUser('9');
    expect(await submitIdentity(offWa.id, identityOf(offWa.phone))).toEqual({
      ok: true,
      channel: 'sms',
    });
  });
});

describe('activation: what the OTP step says after a lock (issue 12.7)', () => {
  it('three wrong codes: the state carries the lock and when it ends, not a resend countdown', async () => {
    const u = await makeUser();
    await submitIdentity(u.id, identityOf(u.phone));
    expect(await activationState(u.id)).toMatchObject({ step: 'otp', block: null });
    const before = now();
    for (let i = 0; i < 3; i++) await verifyActivationOtp(u.id, wrongCode(await lastCode(u.phone)));
    const after = now();
    const state = await activationState(u.id);
    expect(state).toMatchObject({ step: 'otp', block: { reason: 'locked' } });
    // The clock runs (an offset on real time): the lock ends 24 h after the third wrong code.
    const until = state.step === 'otp' ? state.block!.until : 0;
    expect(until).toBeGreaterThanOrEqual(before + OTP_RULES.lockMs);
    expect(until).toBeLessThanOrEqual(after + OTP_RULES.lockMs);
    advanceClock(OTP_RULES.lockMs);
    expect(await activationState(u.id)).toMatchObject({ step: 'otp', block: null });
  });

  it('three sends: the state says when a new code can be asked for', async () => {
    const u = await makeUser();
    const before = now();
    await submitIdentity(u.id, identityOf(u.phone));
    const after = now();
    for (let i = 0; i < 2; i++) {
      advanceClock(OTP_RULES.resendAfterMs);
      await resendActivationOtp(u.id);
    }
    const state = await activationState(u.id);
    expect(state).toMatchObject({ block: { reason: 'send_limit' } });
    // Three sends in the window: a new code once the window of the first send is over.
    const until = state.step === 'otp' ? state.block!.until : 0;
    expect(until).toBeGreaterThanOrEqual(before + OTP_RULES.windowMs);
    expect(until).toBeLessThanOrEqual(after + OTP_RULES.windowMs);
  });
});
