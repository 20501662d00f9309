import 'server-only';
import { eq, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { normalizePhone } from '@/lib/identity/phone';
import { consumeAttempt, clearAttempts, releaseAttempt } from '@/lib/rate-limit';
import { hashPassword, verifyPassword, burnPasswordCheck } from './password';
import { passwordProblem } from './password-policy';
import type { RegisterInput } from './schemas';

export type SessionUser = {
  id: number;
  name: string;
  role: 'passenger' | 'admin';
  sessionVersion: number;
};

export type RegisterResult =
  | { ok: true; user: SessionUser }
  | { ok: false; fieldErrors: Partial<Record<'email' | 'phone', string[]>> };

/** Creates a passenger account; email and phone must be unused. */
export async function registerPassenger(input: RegisterInput): Promise<RegisterResult> {
  const db = getDb();
  const taken = db
    .select({ email: users.email, phone: users.phone })
    .from(users)
    .where(or(eq(users.email, input.email), eq(users.phone, input.phone)))
    .all();
  const fieldErrors: Partial<Record<'email' | 'phone', string[]>> = {};
  if (taken.some((u) => u.email === input.email)) fieldErrors.email = ['email_taken'];
  if (taken.some((u) => u.phone === input.phone)) fieldErrors.phone = ['phone_taken'];
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const passwordHash = await hashPassword(input.password);
  const inserted = db
    .insert(users)
    .values({
      email: input.email,
      phone: input.phone,
      fullName: input.fullName,
      nik: input.nik,
      birthDate: input.birthDate,
      passwordHash,
      role: 'passenger',
      createdAt: now(),
    })
    .onConflictDoNothing()
    .returning({ id: users.id, name: users.fullName, sessionVersion: users.sessionVersion })
    .get();
  // A parallel registration with the same email or phone won the unique index after our check.
  if (!inserted) return { ok: false, fieldErrors: { email: ['email_taken'] } };
  log.info('account.registered', { userId: inserted.id });
  return { ok: true, user: { ...inserted, role: 'passenger' } };
}

export const LOGIN_LIMITS = {
  perAccount: { limit: 5, windowMs: 15 * 60_000 },
  // Generous: many passengers share one address behind carrier-grade NAT; successes are given back.
  perIp: { limit: 100, windowMs: 15 * 60_000 },
};

export type LoginResult =
  | { ok: true; user: SessionUser }
  | { ok: false; code: 'invalid' | 'rate_limited'; retryAfterSeconds?: number };

/**
 * Checks email-or-phone and password. Unknown accounts take as long as known ones and get the same
 * answer; attempts are limited per identifier (known or not) and per IP before any hash is checked,
 * so parallel guesses cannot slip past the limit; a success gives its attempts back.
 */
export async function authenticate(
  identifier: string,
  password: string,
  ip: string,
): Promise<LoginResult> {
  const key = normalizeIdentifier(identifier);
  for (const [scope, value, rule] of [
    ['ip', ip, LOGIN_LIMITS.perIp],
    ['account', key, LOGIN_LIMITS.perAccount],
  ] as const) {
    const limit = consumeAttempt(`login:${scope}:${value}`, rule.limit, rule.windowMs);
    if (!limit.allowed) {
      log.warn('login.rate_limited', { scope });
      return { ok: false, code: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
    }
  }
  const user = getDb()
    .select({
      id: users.id,
      name: users.fullName,
      role: users.role,
      sessionVersion: users.sessionVersion,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(key.startsWith('+') ? eq(users.phone, key) : eq(users.email, key))
    .get();
  if (!user) {
    await burnPasswordCheck(password);
    return { ok: false, code: 'invalid' };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    log.info('login.failed', { userId: user.id });
    return { ok: false, code: 'invalid' };
  }
  clearAttempts(`login:account:${key}`);
  releaseAttempt(`login:ip:${ip}`);
  log.info('login.succeeded', { userId: user.id });
  return {
    ok: true,
    user: { id: user.id, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

/** Email in lower case, or a phone number in +62 form. */
export function normalizeIdentifier(identifier: string): string {
  const trimmed = identifier.trim();
  return trimmed.includes('@')
    ? trimmed.toLowerCase()
    : (normalizePhone(trimmed) ?? trimmed.toLowerCase());
}

/** The user's current session version, or null when the account no longer exists. */
export function currentSessionVersion(userId: number): number | null {
  return (
    getDb().select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)).get()?.v ??
    null
  );
}

/** Ends every session of the user: tokens with the old version stop working at once. */
export function revokeSessions(userId: number): void {
  getDb()
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
  log.info('sessions.revoked', { userId });
}

export type ChangePasswordResult =
  { ok: true } | { ok: false; field: 'currentPassword' | 'newPassword'; code: string };

/** Changes the password after checking the current one; all other sessions are revoked. */
export async function changePassword(
  userId: number,
  current: string,
  next: string,
): Promise<ChangePasswordResult> {
  const user = getDb()
    .select({ hash: users.passwordHash, email: users.email, name: users.fullName })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return { ok: false, field: 'currentPassword', code: 'password_wrong' };
  const limit = consumeAttempt(`password-change:${userId}`, 5, 15 * 60_000);
  if (!limit.allowed) return { ok: false, field: 'currentPassword', code: 'rate_limited' };
  if (!(await verifyPassword(user.hash, current)))
    return { ok: false, field: 'currentPassword', code: 'password_wrong' };
  const problem = passwordProblem(next, [user.email.split('@')[0] ?? '', ...user.name.split(' ')]);
  if (problem) return { ok: false, field: 'newPassword', code: `password_${problem}` };
  if (next === current) return { ok: false, field: 'newPassword', code: 'password_same' };
  getDb()
    .update(users)
    .set({
      passwordHash: await hashPassword(next),
      sessionVersion: sql`${users.sessionVersion} + 1`,
    })
    .where(eq(users.id, userId))
    .run();
  log.info('password.changed', { userId });
  return { ok: true };
}

/** Name, email and phone of a user, to pre-fill forms. */
export function contactOf(
  userId: number,
): { fullName: string; email: string; phone: string } | null {
  return (
    getDb()
      .select({ fullName: users.fullName, email: users.email, phone: users.phone })
      .from(users)
      .where(eq(users.id, userId))
      .get() ?? null
  );
}
