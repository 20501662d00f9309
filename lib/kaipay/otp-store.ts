import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { otpChallenges, type Channel, type OtpPurpose } from '@/db/schema';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import type { Tx } from '@/lib/transaction';
import { chooseChannel } from '@/lib/notify/channels';
import { consumeAttempt } from '@/lib/rate-limit';
import { generateOtp, hashOtp, OTP_RULES, sameHash } from './otp';

export type OtpRefusal = 'otp_cooldown' | 'otp_send_limit' | 'otp_locked';
export type IssueResult =
  | { ok: true; otp: string; channel: Channel; expiresAt: number }
  | { ok: false; code: OtpRefusal; retryAfterSeconds: number };
export type CheckResult =
  | { ok: true }
  | {
      ok: false;
      code: 'otp_none' | 'otp_expired' | 'otp_used' | 'otp_locked' | 'otp_wrong';
      attemptsLeft?: number;
      retryAfterSeconds?: number;
    };

const key = () => `${env().PIN_PEPPER}:otp`;
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
const where = (userId: number, purpose: OtpPurpose) =>
  and(eq(otpChallenges.userId, userId), eq(otpChallenges.purpose, purpose));

/**
 * Makes a new code for (user, purpose), inside the caller's transaction. Refused during a
 * 24-hour lock, within 60 s of the last send, after 3 sends in 24 hours for this purpose and after 6
 * to this phone from this account. A new code replaces the
 * old one but keeps the failure count. The caller sends the returned code after commit.
 */
export async function issueOtp(
  tx: Tx,
  input: { userId: number; purpose: OtpPurpose; phone: string; channel?: Channel },
): Promise<IssueResult> {
  const t = now();
  const [row] = await tx
    .select()
    .from(otpChallenges)
    .where(where(input.userId, input.purpose))
    .limit(1);
  if (row?.lockedUntil && row.lockedUntil > t)
    return { ok: false, code: 'otp_locked', retryAfterSeconds: seconds(row.lockedUntil - t) };
  const lockOver = !!row?.lockedUntil;
  const windowOver = !row || lockOver || row.sendWindowStart <= t - OTP_RULES.windowMs;
  if (row && !lockOver && row.lastSentAt > t - OTP_RULES.resendAfterMs) {
    return {
      ok: false,
      code: 'otp_cooldown',
      retryAfterSeconds: seconds(row.lastSentAt + OTP_RULES.resendAfterMs - t),
    };
  }
  if (row && !windowOver && row.sendCount >= OTP_RULES.maxSends) {
    return {
      ok: false,
      code: 'otp_send_limit',
      retryAfterSeconds: seconds(row.sendWindowStart + OTP_RULES.windowMs - t),
    };
  }
  // Per phone as well as per purpose, but counted for this account only: a counter that other
  // accounts could fill would let a stranger block the owner's own Lupa PIN. Flooding a number
  // from many accounts is impossible anyway: codes go only to the account's own (unique) number.
  const perPhone = await consumeAttempt(
    `otp-send-phone:${input.phone}:user:${input.userId}`,
    OTP_RULES.maxSendsPerPhone,
    OTP_RULES.windowMs,
  );
  if (!perPhone.allowed)
    return { ok: false, code: 'otp_send_limit', retryAfterSeconds: perPhone.retryAfterSeconds };
  const code = generateOtp();
  const channel = chooseChannel(input.phone, input.channel);
  const values = {
    phone: input.phone,
    channel,
    codeHash: hashOtp(code, `${input.userId}:${input.purpose}`, key()),
    expiresAt: t + OTP_RULES.ttlMs,
    consumedAt: null,
    lastSentAt: t,
    sendCount: windowOver ? 1 : row!.sendCount + 1,
    sendWindowStart: windowOver ? t : row!.sendWindowStart,
    // A resend never resets the failures; only the end of a 24-hour lock does.
    failures: lockOver ? 0 : (row?.failures ?? 0),
    lockedUntil: null,
  };
  await tx
    .insert(otpChallenges)
    .values({ userId: input.userId, purpose: input.purpose, ...values })
    .onConflictDoUpdate({ target: [otpChallenges.userId, otpChallenges.purpose], set: values });
  return { ok: true, otp: code, channel, expiresAt: values.expiresAt };
}

/**
 * Checks a code inside the caller's transaction; a right code is consumed (single use). A
 * wrong one counts, and the third wrong entry locks this purpose for 24 hours and kills the code.
 * Never throws on a wrong code, so the count commits with the caller's transaction.
 */
export async function checkOtp(
  tx: Tx,
  input: { userId: number; purpose: OtpPurpose; code: string },
): Promise<CheckResult> {
  const t = now();
  const [row] = await tx
    .select()
    .from(otpChallenges)
    .where(where(input.userId, input.purpose))
    .limit(1);
  if (row?.lockedUntil && row.lockedUntil > t)
    return { ok: false, code: 'otp_locked', retryAfterSeconds: seconds(row.lockedUntil - t) };
  if (!row?.codeHash) return { ok: false, code: 'otp_none' };
  if (row.consumedAt) return { ok: false, code: 'otp_used' };
  if (row.expiresAt <= t) return { ok: false, code: 'otp_expired' };
  if (sameHash(row.codeHash, hashOtp(input.code, `${input.userId}:${input.purpose}`, key()))) {
    await tx
      .update(otpChallenges)
      .set({ consumedAt: t, failures: 0 })
      .where(where(input.userId, input.purpose));
    return { ok: true };
  }
  const failures = row.failures + 1;
  if (failures >= OTP_RULES.maxFailures) {
    await tx
      .update(otpChallenges)
      .set({ failures, lockedUntil: t + OTP_RULES.lockMs, codeHash: null })
      .where(where(input.userId, input.purpose));
    return { ok: false, code: 'otp_locked', retryAfterSeconds: seconds(OTP_RULES.lockMs) };
  }
  await tx.update(otpChallenges).set({ failures }).where(where(input.userId, input.purpose));
  return { ok: false, code: 'otp_wrong', attemptsLeft: OTP_RULES.maxFailures - failures };
}

/** When the next code may be sent (for the resend countdown), in seconds from now; 0 when now. */
export async function resendWaitSeconds(
  tx: Pick<Tx, 'select'>,
  userId: number,
  purpose: OtpPurpose,
): Promise<number> {
  const [row] = await tx
    .select({ lastSentAt: otpChallenges.lastSentAt })
    .from(otpChallenges)
    .where(where(userId, purpose))
    .limit(1);
  if (!row) return 0;
  return Math.max(0, Math.ceil((row.lastSentAt + OTP_RULES.resendAfterMs - now()) / 1000));
}

export type OtpBlock = { reason: 'locked' | 'send_limit'; until: number };

/**
 * Why no new code can be sent for (user, purpose) and until when: a 24-hour lock after three wrong
 * entries, or three sends in the window. Null when a send may happen (after the 60 s cooldown). The
 * pages show this instead of a resend countdown that would end in a refusal.
 */
export async function otpBlock(
  tx: Pick<Tx, 'select'>,
  userId: number,
  purpose: OtpPurpose,
): Promise<OtpBlock | null> {
  const t = now();
  const [row] = await tx
    .select({
      lockedUntil: otpChallenges.lockedUntil,
      sendCount: otpChallenges.sendCount,
      sendWindowStart: otpChallenges.sendWindowStart,
    })
    .from(otpChallenges)
    .where(where(userId, purpose))
    .limit(1);
  if (!row) return null;
  if (row.lockedUntil && row.lockedUntil > t) return { reason: 'locked', until: row.lockedUntil };
  if (row.lockedUntil) return null;
  const windowEnd = row.sendWindowStart + OTP_RULES.windowMs;
  if (row.sendCount >= OTP_RULES.maxSends && windowEnd > t)
    return { reason: 'send_limit', until: windowEnd };
  return null;
}

/** otpBlock on its own read (the Lupa PIN page). */
export function otpBlockOf(userId: number, purpose: OtpPurpose): Promise<OtpBlock | null> {
  return otpBlock(getDb(), userId, purpose);
}
