import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateLimits } from '@/db/schema';
import { now } from './clock';

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one attempt against `key` in a fixed window and says whether it may go ahead. The count is
 * taken in a single upsert, so parallel attempts from several processes can never all slip under
 * the limit: the attempt is spent before the secret is checked.
 */
export function consumeAttempt(key: string, limit: number, windowMs: number): RateLimitResult {
  const t = now();
  const row = getDb().get<{ count: number; window_start: number }>(sql`
    insert into ${rateLimits} (key, window_start, count) values (${key}, ${t}, 1)
    on conflict(key) do update set
      count = case when window_start <= ${t - windowMs} then 1 else count + 1 end,
      window_start = case when window_start <= ${t - windowMs} then ${t} else window_start end
    returning count, window_start`);
  if (row.count <= limit) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((row.window_start + windowMs - t) / 1000)),
  };
}

/** Forgets the attempts on `key` (after a successful login, say). */
export function clearAttempts(key: string): void {
  getDb()
    .delete(rateLimits)
    .where(sql`${rateLimits.key} = ${key}`)
    .run();
}

/** Gives back one attempt (a success should not count toward a limit on failures). */
export function releaseAttempt(key: string): void {
  getDb().run(sql`update ${rateLimits} set count = max(count - 1, 0) where key = ${key}`);
}
