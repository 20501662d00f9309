import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row, rows } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { advanceClock } from '@/lib/clock';
import { activeWallet, identityOf, lastCode, makeUser } from '@/lib/wallet/testing/fixtures';
import { requestPinReset } from '@/lib/kaipay/pin-care';
import { inboxOf } from '@/lib/notify/inbox';
import { IdentitySchema } from './schemas';
import {
  activationState,
  resendActivationOtp,
  restartActivation,
  setActivationPin,
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
const outbox = (phone: string) =>
  rows<{ channel: string; sender: string; body: string }>(
    sql`select channel, sender, body from notifications where phone = ${phone} order by id`,
  );

describe('activation state machine', () => {
  it('runs identity → OTP → PIN in order and ends active, Regular', async () => {
    const u = await makeUser();
    expect(await activationState(u.id)).toMatchObject({
      step: 'identity',
      prefill: { fullName: 'Dewi Lestari', phone: u.phone.replace('+62', '0') },
    });
    expect(await submitIdentity(u.id, identityOf(u.phone))).toEqual({
      ok: true,
      channel: 'whatsapp',
    });
    expect(await outbox(u.phone)).toEqual([
      expect.objectContaining({ channel: 'whatsapp', sender: 'Kaspro ID' }),
    ]);
    const stored = await row<{ code_hash: string }>(
      sql`select code_hash from otp_challenges where user_id = ${u.id}`,
    );
    expect(stored!.code_hash).not.toContain(await lastCode(u.phone));
    expect(await activationState(u.id)).toMatchObject({ step: 'otp', resendInSeconds: 60 });
    expect(await verifyActivationOtp(u.id, await lastCode(u.phone))).toEqual({ ok: true });
    expect(await activationState(u.id)).toEqual({ step: 'pin' });
    expect(await setActivationPin(u.id, '582917')).toEqual({ ok: true });
    const w = (await row<Record<string, string | number>>(
      sql`select step, tier, max_balance, monthly_in_limit, pin_hash from wallets where user_id = ${u.id}`,
    ))!;
    expect(w).toMatchObject({
      step: 'active',
      tier: 'regular',
      max_balance: 2_000_000,
      monthly_in_limit: 20_000_000,
    });
    expect(w.pin_hash).toMatch(/^pvv1\$[A-Za-z0-9_-]{43}$/);
    expect(await row(sql`select count(*) n from ledger_accounts where kind = 'wallet'`)).toEqual({
      n: 1,
    });
  });

  it('refuses skipped, repeated and reordered steps', async () => {
    const u = await makeUser();
    expect(await verifyActivationOtp(u.id, '123456')).toEqual({ ok: false, code: 'step_invalid' });
    expect(await setActivationPin(u.id, '582917')).toEqual({ ok: false, code: 'step_invalid' });
    await submitIdentity(u.id, identityOf(u.phone));
    expect(await setActivationPin(u.id, '582917')).toEqual({ ok: false, code: 'step_invalid' });
    expect(await submitIdentity(u.id, identityOf(u.phone))).toEqual({
      ok: false,
      code: 'step_invalid',
    });
    expect(await verifyActivationOtp(u.id, await lastCode(u.phone))).toEqual({ ok: true });
    expect(await verifyActivationOtp(u.id, await lastCode(u.phone))).toEqual({
      ok: false,
      code: 'step_invalid',
    });
    expect(await resendActivationOtp(u.id)).toEqual({ ok: false, code: 'step_invalid' });
    expect(await setActivationPin(u.id, '123456')).toEqual({ ok: false, code: 'pin_trivial' });
    expect(await setActivationPin(u.id, '150392')).toEqual({ ok: false, code: 'pin_birth_date' });
    expect(await setActivationPin(u.id, '582917')).toEqual({ ok: true });
    expect(await setActivationPin(u.id, '582917')).toEqual({ ok: false, code: 'step_invalid' });
    await restartActivation(u.id);
    expect(await activationState(u.id)).toEqual({ step: 'active' });
  });

  it('refuses an expired code and a replaced code; a resend waits 60 s and falls back to SMS off WhatsApp', async () => {
    const u = await makeUser('9');
    expect(await submitIdentity(u.id, identityOf(u.phone))).toEqual({ ok: true, channel: 'sms' });
    const first = await lastCode(u.phone);
    advanceClock(OTP_RULES.ttlMs + 1);
    expect(await verifyActivationOtp(u.id, first)).toEqual({ ok: false, code: 'otp_expired' });
    expect(await resendActivationOtp(u.id)).toEqual({ ok: true, channel: 'sms' });
    expect(await resendActivationOtp(u.id)).toMatchObject({ ok: false, code: 'otp_cooldown' });
    const second = await lastCode(u.phone);
    if (second !== first)
      expect(await verifyActivationOtp(u.id, first)).toMatchObject({
        ok: false,
        code: 'otp_wrong',
      });
    expect(await verifyActivationOtp(u.id, second)).toEqual({ ok: true });
  });

  it('a user may ask for SMS even when on WhatsApp', async () => {
    const u = await makeUser('0');
    await submitIdentity(u.id, identityOf(u.phone));
    advanceClock(OTP_RULES.resendAfterMs);
    expect(await resendActivationOtp(u.id, 'sms')).toEqual({ ok: true, channel: 'sms' });
    expect((await outbox(u.phone)).map((m) => m.channel)).toEqual(['whatsapp', 'sms']);
  });

  it('three wrong codes lock for 24 h, and resends never reset the count', async () => {
    const u = await makeUser();
    await submitIdentity(u.id, identityOf(u.phone));
    expect(await verifyActivationOtp(u.id, wrongCode(await lastCode(u.phone)))).toEqual({
      ok: false,
      code: 'otp_wrong',
      attemptsLeft: 2,
    });
    advanceClock(OTP_RULES.resendAfterMs);
    await resendActivationOtp(u.id);
    expect(await verifyActivationOtp(u.id, wrongCode(await lastCode(u.phone)))).toEqual({
      ok: false,
      code: 'otp_wrong',
      attemptsLeft: 1,
    });
    expect(await verifyActivationOtp(u.id, wrongCode(await lastCode(u.phone)))).toMatchObject({
      ok: false,
      code: 'otp_locked',
    });
    // Locked: even the right code and a resend are refused.
    expect(await verifyActivationOtp(u.id, await lastCode(u.phone))).toMatchObject({
      ok: false,
      code: 'otp_locked',
    });
    advanceClock(OTP_RULES.resendAfterMs);
    expect(await resendActivationOtp(u.id)).toMatchObject({ ok: false, code: 'otp_locked' });
    advanceClock(OTP_RULES.lockMs);
    expect(await resendActivationOtp(u.id)).toMatchObject({ ok: true });
    expect(await verifyActivationOtp(u.id, await lastCode(u.phone))).toEqual({ ok: true });
  });

  it('allows at most 3 sends in 24 hours', async () => {
    const u = await makeUser();
    await submitIdentity(u.id, identityOf(u.phone));
    for (let i = 0; i < 2; i++) {
      advanceClock(OTP_RULES.resendAfterMs);
      expect(await resendActivationOtp(u.id)).toMatchObject({ ok: true });
    }
    advanceClock(OTP_RULES.resendAfterMs);
    expect(await resendActivationOtp(u.id)).toMatchObject({ ok: false, code: 'otp_send_limit' });
    await restartActivation(u.id);
    expect(await submitIdentity(u.id, identityOf(u.phone))).toMatchObject({
      ok: false,
      code: 'otp_send_limit',
    });
    advanceClock(OTP_RULES.windowMs);
    expect(await resendActivationOtp(u.id)).toEqual({ ok: false, code: 'step_invalid' });
    expect(await submitIdentity(u.id, identityOf(u.phone))).toMatchObject({ ok: true });
    expect(await outbox(u.phone)).toHaveLength(4);
  });
});

describe('sends per phone number', () => {
  it("activation goes to the account's own phone: strangers can neither message another number nor use up its owner's Lupa PIN codes", async () => {
    const owner = await activeWallet();
    const sentToOwner = (await inboxOf(owner.phone)).length;
    for (let i = 0; i < 4; i++) {
      const stranger = await makeUser();
      // The form has no phone field any more; a number smuggled into the post is ignored.
      const smuggled = IdentitySchema.parse({ ...identityOf(stranger.phone), phone: owner.phone });
      expect(await submitIdentity(stranger.id, smuggled)).toMatchObject({ ok: true });
      for (let j = 0; j < 2; j++) {
        advanceClock(OTP_RULES.resendAfterMs);
        expect(await resendActivationOtp(stranger.id)).toMatchObject({ ok: true });
      }
      expect(await inboxOf(stranger.phone)).toHaveLength(3);
    }
    expect(await inboxOf(owner.phone)).toHaveLength(sentToOwner);
    expect(await requestPinReset(owner.id)).toMatchObject({ ok: true });
    expect(await inboxOf(owner.phone)).toHaveLength(sentToOwner + 1);
  });

  it('the wallet records the account phone, whatever was typed', async () => {
    const u = await makeUser();
    const other = await makeUser();
    await submitIdentity(
      u.id,
      IdentitySchema.parse({ ...identityOf(u.phone), phone: other.phone }),
    );
    const w = await row(sql`select phone from wallets where user_id = ${u.id}`);
    expect(w).toEqual({ phone: u.phone });
    expect(await inboxOf(other.phone)).toEqual([]);
  });
});
