import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { execute, inTransaction, row } from '@/db';
import { rateLimits } from '@/db/schema';
import { now } from './clock';

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one attempt against `key` in a fixed window and says whether it may go ahead. The count is
 * taken in a single upsert inside a serializable transaction, so parallel attempts from several
 * processes can never all slip under the limit: the attempt is spent before the secret is checked.
 * The update names the stored row by its table (`rate_limits.count`): PostgreSQL would otherwise
 * not know whether a bare column means the stored row or the one being inserted.
 */
export async function consumeAttempt(
  key: string,
  limit: number,
  windowMs: number,
): Promise<RateLimitResult> {
  const t = now();
  const expired = sql`${rateLimits}.window_start <= ${t - windowMs}`;
  const counted = await inTransaction((tx) =>
    row<{ count: number; window_start: number }>(
      sql`
    insert into ${rateLimits} (key, window_start, count) values (${key}, ${t}, 1)
    on conflict (key) do update set
      count = case when ${expired} then 1 else ${rateLimits}.count + 1 end,
      window_start = case when ${expired} then ${t} else ${rateLimits}.window_start end
    returning count, window_start`,
      tx,
    ),
  );
  const { count, window_start } = counted!;
  if (count <= limit) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((window_start + windowMs - t) / 1000)),
  };
}

/** Forgets the attempts on `key` (after a successful login, say). */
export async function clearAttempts(key: string): Promise<void> {
  await inTransaction(async (tx) => {
    await tx.delete(rateLimits).where(eq(rateLimits.key, key));
  });
}

/** Gives back one attempt (a success should not count toward a limit on failures). */
export async function releaseAttempt(key: string): Promise<void> {
  await inTransaction((tx) =>
    execute(
      sql`update ${rateLimits} set count = case when count > 0 then count - 1 else 0 end
          where key = ${key}`,
      tx,
    ),
  );
}
