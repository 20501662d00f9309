import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { addPassenger, openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { runWorker } from '@/lib/testing/run-worker';
import type { HoldResult } from './hold';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const WORKER = 'lib/booking/testing/connection-hold-worker.ts';

describe('a connection is never half held', () => {
  it('8 processes (5 connections, 3 direct) race for one seat of the second train: one wins, no first leg is left behind', async () => {
    // Each connection racer has a seat of its own on Argo Sindoro 21 (which alone would succeed)
    // and wants Taksaka 44 EKS-1 7C from Cirebon; the direct racers want 7C over Cirebon too.
    const racers: [string, string][] = [
      ['connection', '1A'],
      ['direct', 'GMR'],
      ['connection', '1B'],
      ['connection', '1C'],
      ['direct', 'CN'],
      ['connection', '1D'],
      ['direct', 'GMR'],
      ['connection', '2A'],
    ];
    const users: string[] = [];
    for (const i of racers.keys()) users.push(String(await addPassenger(`transit${i}@contoh.id`)));
    const startAt = String(Date.now() + 4000);
    const results = await Promise.all(
      racers.map(([kind, seat], i) =>
        runWorker<HoldResult>(WORKER, [users[i]!, kind, seat, '7C', startAt], tmp.env),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code))).toEqual(
      Array(7).fill('seat_taken'),
    );
    expect(await row(sql`select count(*) as n from bookings`)).toEqual({ n: 1 });
    // No half-held journey: seats on the first train belong only to a booking that also holds
    // its second train, and every booking with a second leg holds seats on both trains.
    expect(
      await row(
        sql`select count(*) as n from seat_segments where trip_id = ${await tripOf('21', 2)} and booking_id not in (select booking_id from booking_legs)`,
      ),
    ).toEqual({ n: 0 });
    const halfHeld = await row(
      sql`select count(*) as n from booking_legs bl
         where not exists (select 1 from seat_segments s where s.booking_id = bl.booking_id and s.trip_id = bl.trip_id)
            or not exists (select 1 from seat_segments s join bookings b on b.id = s.booking_id
                           where s.booking_id = bl.booking_id and s.trip_id = b.trip_id)`,
    );
    expect(halfHeld).toEqual({ n: 0 });
    const winnerLegs = (await row<{ n: number }>(sql`select count(*) as n from booking_legs`))!.n;
    const wonByConnection = racers[results.findIndex((r) => r.ok)]![0] === 'connection';
    expect(winnerLegs).toBe(wonByConnection ? 1 : 0);
    console.log(
      `connection race: winner ${wonByConnection ? 'connection' : 'direct'}, losers ${results.filter((r) => !r.ok).length}`,
    );
  }, 60_000);
});
