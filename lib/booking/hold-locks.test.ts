import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row } from '@/db';
import { runWorker } from '@/lib/testing/run-worker';
import { addPassenger, coachId, openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import type { TripCancelResult } from './cancel-trip';
import type { HoldResult } from './hold';

/**
 * Holds run at READ COMMITTED with explicit locks on PostgreSQL (booking-locks.ts); these races in
 * several OS processes prove that what a hold reads still decides what it writes (on SQLite the one
 * writer decides the same races).
 */
let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const SERIES = 'lib/booking/testing/hold-series-worker.ts';
const seatsOfRows = (coach: number, rows: number[]) =>
  rows.flatMap((r) => ['A', 'B', 'C', 'D'].map((l) => `${coach}:${r}${l}`));

describe('holds racing other writers, across processes', () => {
  it('a trip cancelled while 4 processes keep holding seats on it keeps no hold', async () => {
    const trip = await tripOf('44');
    const coach = await coachId('44', 'EKS-3');
    const admin = (await row<{ id: number }>(
      sql`select id from users where email = 'admin@kai-access.test'`,
    ))!.id;
    const users = [];
    for (const i of [0, 1, 2, 3]) users.push(await addPassenger(`serbu${i}@contoh.id`));
    // Many passengers' holds are allowed per day here: the race is with the cancellation only.
    await inTransaction((tx) =>
      execute(
        sql`insert into settings (key, value, updated_at) values ('daily_booking_limit', '100', ${Date.now()})
          on conflict (key) do update set value = excluded.value`,
        tx,
      ),
    );
    const startAt = String(Date.now() + 4000);
    const holders = users.map((u, i) =>
      runWorker<HoldResult[]>(
        SERIES,
        [
          'until-cancelled',
          String(u),
          String(trip),
          startAt,
          ...seatsOfRows(coach, [1 + 3 * i, 2 + 3 * i, 3 + 3 * i]),
        ],
        tmp.env,
      ),
    );
    // The cancellation lands in the middle of the holds: each process holds its 12 seats one by
    // one, round and round (a seat it already holds is refused as taken), until the trip is refused.
    const cancel = runWorker<TripCancelResult>(
      'lib/booking/testing/cancel-trip-worker.ts',
      [String(trip), String(admin), String(Number(startAt) + 1500)],
      tmp.env,
    );
    const results = (await Promise.all(holders)).flat();
    const cancelled = await cancel;
    expect(cancelled).toMatchObject({ ok: true, alreadyCancelled: false });
    const held = results.filter((r) => r.ok).length;
    const refusals = results.flatMap((r) => (r.ok ? [] : [r.code]));
    // Both sides of the race happened: holds before the cancellation, and every process refused
    // after it; nothing else was refused.
    expect(held).toBeGreaterThan(0);
    expect(refusals.filter((c) => c === 'trip_unavailable')).toHaveLength(4);
    expect(new Set(refusals)).toEqual(new Set(['trip_unavailable', 'seat_taken']));
    // Every hold made before the cancellation was released by it, and none was made after it.
    expect(cancelled.ok && cancelled.holdsReleased).toBe(held);
    const left = await row<{ n: number }>(
      sql`select count(*) as n from bookings where trip_id = ${trip} and status <> 'expired'`,
    );
    expect(left).toEqual({ n: 0 });
    const seats = await row<{ n: number }>(
      sql`select count(*) as n from seat_segments where trip_id = ${trip}`,
    );
    expect(seats).toEqual({ n: 0 });
  }, 90_000);

  it('one passenger holding from 6 processes at once gets exactly the daily limit', async () => {
    const trip = String(await tripOf('44'));
    const coach = await coachId('44', 'EKS-3');
    const user = String(await addPassenger('borong@contoh.id'));
    const startAt = String(Date.now() + 4000);
    // 6 processes × 2 holds = 12 attempts on 12 different seats; the limit is 6 a day.
    const results = (
      await Promise.all(
        [0, 1, 2, 3, 4, 5].map((i) =>
          runWorker<HoldResult[]>(
            SERIES,
            ['once', user, trip, startAt, `${coach}:${i + 1}A`, `${coach}:${i + 1}B`],
            tmp.env,
          ),
        ),
      )
    ).flat();
    expect(results.filter((r) => r.ok)).toHaveLength(6);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code))).toEqual(
      Array(6).fill('daily_limit'),
    );
    const made = await row<{ n: number }>(
      sql`select count(*) as n from bookings where user_id = ${Number(user)}`,
    );
    expect(made).toEqual({ n: 6 });
  }, 90_000);
});
