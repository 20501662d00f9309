import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { addPassenger, coachId, tripOf, openSeededDb } from '@/lib/testing/seeded-db';
import { runWorker } from '@/lib/testing/run-worker';
import type { HoldResult } from './hold';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const WORKER = 'lib/booking/testing/hold-worker.ts';

describe('no double booking across processes', () => {
  it('8 processes race for one seat on overlapping segments: exactly one wins, the rest hear "seat taken"', async () => {
    const trip = String(await tripOf('44'));
    const seat = `${await coachId('44', 'EKS-3')}:7C`;
    // Taksaka 44 stops: GMR JNG CN PWT KYA KTA YK. Every journey below shares the CN→PWT segment.
    const journeys = [
      ['GMR', 'YK'],
      ['JNG', 'PWT'],
      ['CN', 'KYA'],
      ['GMR', 'PWT'],
      ['CN', 'PWT'],
      ['JNG', 'KTA'],
      ['CN', 'YK'],
      ['GMR', 'KYA'],
    ];
    const users: string[] = [];
    for (const i of journeys.keys()) users.push(String(await addPassenger(`racer${i}@contoh.id`)));
    const startAt = String(Date.now() + 4000);
    const results = await Promise.all(
      journeys.map(([o, d], i) =>
        runWorker<HoldResult>(WORKER, [users[i]!, trip, seat, o!, d!, startAt], tmp.env),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code))).toEqual(
      Array(7).fill('seat_taken'),
    );
    const held = await row(
      sql`select count(*) as n from bookings where status = 'awaiting_payment'`,
    );
    expect(held).toEqual({ n: 1 });
  }, 60_000);

  it('two processes booking disjoint segments of one seat both succeed', async () => {
    const trip = String(await tripOf('44'));
    const seat = `${await coachId('44', 'EKS-3')}:8A`;
    const users = [
      String(await addPassenger('split0@contoh.id')),
      String(await addPassenger('split1@contoh.id')),
    ];
    const startAt = String(Date.now() + 2000);
    const [a, b] = await Promise.all(
      [
        ['GMR', 'CN'],
        ['CN', 'YK'],
      ].map(([o, d], i) =>
        runWorker<HoldResult>(WORKER, [users[i]!, trip, seat, o!, d!, startAt], tmp.env),
      ),
    );
    expect(a!.ok && b!.ok).toBe(true);
  }, 60_000);
});
