import 'server-only';
import crypto from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { pendingRegistrations, users } from '@/db/schema';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { sendMessage } from '@/lib/notify/sender';
import { consumeAttempt } from '@/lib/rate-limit';
import type { SessionUser } from './accounts';
import { confirmCodeHash, newConfirmCode, sameHash } from './confirm-code';
import { hashPassword } from './password';
import type { RegisterInput } from './schemas';

const MINUTE = 60_000;

/** Registration limits (issue 9.12): codes are short-lived and few, senders and targets throttled. */
export const REGISTRATION_LIMITS = {
  codeTtlMs: 10 * MINUTE,
  /** Wrong codes per registration before it is dead. */
  maxAttempts: 5,
  /**
   * Registrations started from one address per hour (REGISTRATIONS_PER_IP_HOUR, default 60).
   * Generous (carrier-grade NAT): the code that must reach a real phone and the per-phone limit are
   * what stop throwaway accounts.
   */
  perIp: {
    get limit() {
      return env().REGISTRATIONS_PER_IP_HOUR;
    },
    windowMs: 60 * MINUTE,
  },
  /** Messages (code or notice) about one phone number or one email address per day. */
  perTarget: { limit: 5, windowMs: 24 * 60 * MINUTE },
};

const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

export type StartRegistrationResult =
  { ok: true; token: string } | { ok: false; code: 'rate_limited' };

/**
 * Starts a registration and answers the same way whether or not the email or phone already has an
 * account: a pending registration is stored either way and the browser is sent to enter a code.
 * A new passenger gets the code on the phone; an existing owner gets a notice instead (and no code
 * exists that would confirm), so the form reveals nothing about who is registered. Nothing becomes
 * an account until the code proves the phone.
 */
export async function startRegistration(
  input: RegisterInput,
  ip: string,
): Promise<StartRegistrationResult> {
  // Counted for new and existing addresses alike, so a refusal says nothing about existence.
  for (const [bucket, rule] of [
    [`register:ip:${ip}`, REGISTRATION_LIMITS.perIp],
    [`register:phone:${input.phone}`, REGISTRATION_LIMITS.perTarget],
    [`register:email:${input.email}`, REGISTRATION_LIMITS.perTarget],
  ] as const) {
    if (!(await consumeAttempt(bucket, rule.limit, rule.windowMs)).allowed) {
      log.warn('registration.rate_limited', { scope: bucket.split(':')[1] });
      return { ok: false, code: 'rate_limited' };
    }
  }
  const passwordHash = await hashPassword(input.password);
  const token = crypto.randomBytes(32).toString('base64url');
  const tokenHash = sha256(token);
  const code = newConfirmCode();
  const t = now();
  const existing = await inTransaction(async (tx) => {
    const found = await tx
      .select({ id: users.id, phone: users.phone })
      .from(users)
      .where(or(eq(users.email, input.email), eq(users.phone, input.phone)))
      .orderBy(users.id);
    // Dead registrations are only kept a day (limits live in rate_limits, not here).
    await tx
      .delete(pendingRegistrations)
      .where(lt(pendingRegistrations.expiresAt, t - 24 * 60 * MINUTE));
    await tx.insert(pendingRegistrations).values({
      tokenHash,
      email: input.email,
      phone: input.phone,
      fullName: input.fullName,
      nik: input.nik,
      birthDate: input.birthDate,
      passwordHash,
      // For an existing account the code is never sent anywhere, so nothing can confirm it.
      codeHash: confirmCodeHash(tokenHash, code),
      existingUserId: found[0]?.id ?? null,
      expiresAt: t + REGISTRATION_LIMITS.codeTtlMs,
      createdAt: t,
    });
    return found;
  });
  // Messages go out after the commit: a transaction may run twice, a message must not.
  if (existing.length === 0) {
    await sendMessage({
      phone: input.phone,
      body: `Kode konfirmasi pendaftaran KAI Access: ${code}. Berlaku 10 menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas KAI.`,
      // Sealed in the outbox: the code is only in the delivered message.
      secret: code,
    });
    log.info('registration.code_sent', {});
  } else {
    for (const phone of new Set(existing.map((u) => u.phone)))
      await sendMessage({
        phone,
        body: 'Ada yang mencoba mendaftar di KAI Access dengan email atau nomor HP akun Anda. Akun Anda tetap aman. Jika itu Anda, silakan masuk atau ubah kata sandi; jika bukan, abaikan pesan ini.',
      });
    log.info('registration.existing_notified', { userId: existing[0]!.id });
  }
  return { ok: true, token };
}

/** The phone a pending registration sent to, masked (for the confirmation page), or null. */
export async function pendingPhoneHint(token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const [row] = await getDb()
    .select({ phone: pendingRegistrations.phone, expiresAt: pendingRegistrations.expiresAt })
    .from(pendingRegistrations)
    .where(
      and(
        eq(pendingRegistrations.tokenHash, sha256(token)),
        isNull(pendingRegistrations.consumedAt),
      ),
    )
    .limit(1);
  if (!row || row.expiresAt <= now()) return null;
  return `${row.phone.slice(0, 6)}••••${row.phone.slice(-3)}`;
}

export type ConfirmRefusal = 'code_wrong' | 'code_expired' | 'account_exists';
export type ConfirmResult = { ok: true; user: SessionUser } | { ok: false; code: ConfirmRefusal };

/**
 * Confirms a registration with the code from the phone and creates the account. The attempt is
 * counted before the code is compared, in the same serializable transaction, so parallel guesses
 * get no more than `maxAttempts`; a right code works once.
 */
export async function confirmRegistration(token: string, code: string): Promise<ConfirmResult> {
  const tokenHash = sha256(token);
  const result = await inTransaction(async (tx): Promise<ConfirmResult> => {
    const t = now();
    const [row] = await tx
      .update(pendingRegistrations)
      .set({ attempts: sql`${pendingRegistrations.attempts} + 1` })
      .where(
        and(eq(pendingRegistrations.tokenHash, tokenHash), isNull(pendingRegistrations.consumedAt)),
      )
      .returning();
    if (!row || row.expiresAt <= t || row.attempts > REGISTRATION_LIMITS.maxAttempts)
      return { ok: false, code: 'code_expired' };
    if (row.existingUserId !== null || !sameHash(row.codeHash, confirmCodeHash(tokenHash, code)))
      return { ok: false, code: 'code_wrong' };
    await tx
      .update(pendingRegistrations)
      .set({ consumedAt: t })
      .where(eq(pendingRegistrations.id, row.id));
    // The unique indexes decide when someone else confirmed the same email or phone first.
    const [user] = await tx
      .insert(users)
      .values({
        email: row.email,
        phone: row.phone,
        fullName: row.fullName,
        nik: row.nik,
        birthDate: row.birthDate,
        passwordHash: row.passwordHash,
        role: 'passenger',
        createdAt: t,
      })
      .onConflictDoNothing()
      .returning({ id: users.id, name: users.fullName, sessionVersion: users.sessionVersion });
    if (!user) return { ok: false, code: 'account_exists' };
    return { ok: true, user: { ...user, role: 'passenger' } };
  });
  if (result.ok) log.info('account.registered', { userId: result.user.id });
  return result;
}
