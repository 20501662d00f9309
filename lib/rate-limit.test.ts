import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { advanceClock } from '@/lib/clock';
import { clearAttempts, consumeAttempt, releaseAttempt } from './rate-limit';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

const stored = async (key: string) =>
  (await row<{ count: number }>(sql`select count from rate_limits where key = ${key}`))?.count;

describe('rate limits', () => {
  it('allows `limit` attempts per window, then says when to come back, then a new window starts', async () => {
    for (let i = 0; i < 3; i++)
      expect(await consumeAttempt('k', 3, 60_000)).toEqual({ allowed: true });
    expect(await consumeAttempt('k', 3, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    advanceClock(30_000);
    expect(await consumeAttempt('k', 3, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    advanceClock(30_000);
    expect(await consumeAttempt('k', 3, 60_000)).toEqual({ allowed: true });
    expect(await stored('k')).toBe(1);
    // Another key has its own count.
    expect(await consumeAttempt('other', 1, 60_000)).toEqual({ allowed: true });
  });

  it('counts every one of many parallel attempts', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => consumeAttempt('burst', 5, 60_000)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(await stored('burst')).toBe(20);
  });

  it('gives back one attempt without going below zero, and clears a key', async () => {
    await consumeAttempt('k', 2, 60_000);
    await consumeAttempt('k', 2, 60_000);
    await releaseAttempt('k');
    expect(await stored('k')).toBe(1);
    await releaseAttempt('k');
    await releaseAttempt('k');
    expect(await stored('k')).toBe(0);
    expect(await consumeAttempt('k', 1, 60_000)).toEqual({ allowed: true });
    await clearAttempts('k');
    expect(await stored('k')).toBeUndefined();
    await releaseAttempt('never-seen');
    expect(await stored('never-seen')).toBeUndefined();
  });
});
