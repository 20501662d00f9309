import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { consumeAttempt, releaseAttempt } from '@/lib/rate-limit';
import { verifyPassword } from './password';

export type ReauthRefusal = 'password_wrong' | 'rate_limited';

/**
 * Asks a signed-in user for their password again before a sensitive step. Attempts are counted
 * before the hash is checked (5 per 15 minutes per user), so a stolen session cannot be used to
 * guess the password either; a right password gives its attempt back.
 */
export async function confirmPassword(
  userId: number,
  password: string,
): Promise<{ ok: true } | { ok: false; code: ReauthRefusal }> {
  const key = `reauth:${userId}`;
  if (!(await consumeAttempt(key, 5, 15 * 60_000)).allowed)
    return { ok: false, code: 'rate_limited' };
  const [row] = await getDb()
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || !password || password.length > 200 || !(await verifyPassword(row.hash, password)))
    return { ok: false, code: 'password_wrong' };
  await releaseAttempt(key);
  return { ok: true };
}
