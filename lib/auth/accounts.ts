import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { users } from '@/db/schema';
import { log } from '@/lib/log';
import { normalizePhone } from '@/lib/identity/phone';
import { consumeAttempt } from '@/lib/rate-limit';
import { revokeAllApiTokens } from '@/lib/kaipay/api-tokens';
import { hashPassword, verifyPassword } from './password';
import { passwordProblem, type PasswordProblem } from './password-policy';

export type SessionUser = {
  id: number;
  name: string;
  /** `petugas`: gate staff (users.staff_role), who may check tickets and nothing else of the back office. */
  role: 'passenger' | 'admin' | 'petugas';
  sessionVersion: number;
};

/** Email in lower case, or a phone number in +62 form. */
export function normalizeIdentifier(identifier: string): string {
  const trimmed = identifier.trim();
  return trimmed.includes('@')
    ? trimmed.toLowerCase()
    : (normalizePhone(trimmed) ?? trimmed.toLowerCase());
}

/**
 * What a session may rely on, read from the database on every request: the session version (a
 * logout-everywhere or password change bumps it), the role (so a demotion takes effect at once,
 * not when the 7-day token runs out) and the name. Null when the account no longer exists.
 */
export async function sessionStateOf(userId: number): Promise<Omit<SessionUser, 'id'> | null> {
  const [row] = await getDb()
    .select({
      sessionVersion: users.sessionVersion,
      role: users.role,
      staffRole: users.staffRole,
      name: users.fullName,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  const { staffRole, ...state } = row;
  return { ...state, role: state.role === 'admin' ? 'admin' : (staffRole ?? 'passenger') };
}

/** The user's current session version, or null when the account no longer exists. */
export async function currentSessionVersion(userId: number): Promise<number | null> {
  return (await sessionStateOf(userId))?.sessionVersion ?? null;
}

/**
 * Bumps the session version and, in the same transaction, revokes every API token of the user:
 * a token is a session too, so "log out everywhere" and a password change must end it (issue 9.11).
 * A new password arrives already hashed: hashing is kept out of the transaction.
 */
async function endAllSessions(userId: number, set: { passwordHash?: string } = {}): Promise<void> {
  await inTransaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...set, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    await revokeAllApiTokens(userId, tx);
  });
}

/** Ends every session and API token of the user: tokens with the old version stop working at once. */
export async function revokeSessions(userId: number): Promise<void> {
  await endAllSessions(userId);
  log.info('sessions.revoked', { userId });
}

export type ChangePasswordRefusal =
  'password_wrong' | 'rate_limited' | 'password_same' | `password_${PasswordProblem}`;
export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; field: 'currentPassword' | 'newPassword'; code: ChangePasswordRefusal };

/** Changes the password after checking the current one; all sessions and API tokens are revoked. */
export async function changePassword(
  userId: number,
  current: string,
  next: string,
): Promise<ChangePasswordResult> {
  const [user] = await getDb()
    .select({ hash: users.passwordHash, email: users.email, name: users.fullName })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return { ok: false, field: 'currentPassword', code: 'password_wrong' };
  const limit = await consumeAttempt(`password-change:${userId}`, 5, 15 * 60_000);
  if (!limit.allowed) return { ok: false, field: 'currentPassword', code: 'rate_limited' };
  if (!(await verifyPassword(user.hash, current)))
    return { ok: false, field: 'currentPassword', code: 'password_wrong' };
  const problem = passwordProblem(next, [user.email.split('@')[0] ?? '', ...user.name.split(' ')]);
  if (problem) return { ok: false, field: 'newPassword', code: `password_${problem}` };
  if (next === current) return { ok: false, field: 'newPassword', code: 'password_same' };
  await endAllSessions(userId, { passwordHash: await hashPassword(next) });
  log.info('password.changed', { userId });
  return { ok: true };
}

/** Name, email and phone of a user, to pre-fill forms. */
export async function contactOf(
  userId: number,
): Promise<{ fullName: string; email: string; phone: string } | null> {
  const [contact] = await getDb()
    .select({ fullName: users.fullName, email: users.email, phone: users.phone })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return contact ?? null;
}
