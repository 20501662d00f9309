import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { sql } from 'drizzle-orm';
import { row, rows } from '@/db';
import { seed, BOOKING_WINDOW_DAYS } from '.';

const options = {
  today: '2026-11-25',
  hashPassword: async (p: string) => `hash:${p.length}`,
  generatePassword: () => 'Generated-Admin-Pw-1',
};

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

async function snapshot() {
  const tables = [
    'stations',
    'trains',
    'train_stops',
    'seat_layouts',
    'train_coaches',
    'fares',
    'trips',
    'users',
  ];
  return Object.fromEntries(
    await Promise.all(
      tables.map(async (t) => [
        t,
        await rows<Record<string, unknown>>(sql.raw(`select * from ${t} order by 1`)),
      ]),
    ),
  ) as Record<string, Record<string, unknown>[]>;
}

describe('seed', () => {
  it('loads a realistic network and is idempotent', async () => {
    const first = await seed(options);
    expect(first).toMatchObject({
      adminCreated: true,
      adminPassword: 'Generated-Admin-Pw-1',
      petugasCreated: true,
      petugasPassword: 'Generated-Admin-Pw-1',
      demoCreated: true,
    });
    // Gate staff keep the passenger role; their staff role is what opens the ticket check.
    expect(
      await row(sql`select role, staff_role from users where email = 'petugas@kai-access.test'`),
    ).toEqual({ role: 'passenger', staff_role: 'petugas' });
    const before = await snapshot();
    expect(before.stations!.length).toBeGreaterThanOrEqual(20);
    expect(
      new Set(before.trains!.map((t) => (t as { name: string }).name)).size,
    ).toBeGreaterThanOrEqual(12);
    expect(before.trips!.length).toBe(before.trains!.length * (BOOKING_WINDOW_DAYS + 1));
    const second = await seed(options);
    expect(second).toEqual({
      adminCreated: false,
      adminPassword: undefined,
      petugasCreated: false,
      petugasPassword: undefined,
      demoCreated: false,
      tripsAdded: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('on a later day only adds the new days of trips', async () => {
    await seed(options);
    const later = await seed({ ...options, today: '2026-11-27' });
    const trains = (await row<{ n: number }>(sql`select count(*) as n from trains`))!.n;
    expect(later.tripsAdded).toBe(2 * trains);
  });

  it('gives Taksaka 43 its real 07:30 departure from Yogyakarta and a fare per class for every pair', async () => {
    await seed(options);
    const first = await row(
      sql`select s.station_code, s.depart_minute from train_stops s join trains t on t.id = s.train_id where t.number = '43' and s.seq = 0`,
    );
    expect(first).toEqual({ station_code: 'YK', depart_minute: 7 * 60 + 30 });
    const stops = (await row<{ n: number }>(
      sql`select count(*) as n from train_stops s join trains t on t.id = s.train_id where t.number = '43'`,
    ))!.n;
    const fares = await rows<{ seat_class: string; n: number; lo: number; hi: number }>(
      sql`select f.seat_class, count(*) as n, min(price) as lo, max(price) as hi from fares f join trains t on t.id = f.train_id where t.number = '43' group by f.seat_class order by f.seat_class`,
    );
    expect(fares.map((f) => f.seat_class)).toEqual(['eksekutif', 'luxury']);
    for (const f of fares) expect(f.n).toBe((stops * (stops - 1)) / 2);
    const gmrYk = await rows(
      sql`select seat_class, price from fares f join trains t on t.id = f.train_id where t.number = '43' and origin_code = 'YK' and destination_code = 'GMR' order by seat_class`,
    );
    expect(gmrYk).toEqual([
      { seat_class: 'eksekutif', price: 600000 },
      { seat_class: 'luxury', price: 1485000 },
    ]);
  });

  it('keeps arrival times moving forward along every route, across midnight', async () => {
    await seed(options);
    const stops = await rows<{
      train_id: number;
      seq: number;
      arrive_minute: number | null;
      depart_minute: number | null;
    }>(
      sql`select train_id, seq, arrive_minute, depart_minute from train_stops order by train_id, seq`,
    );
    for (let i = 1; i < stops.length; i++) {
      const [prev, cur] = [stops[i - 1]!, stops[i]!];
      if (prev.train_id === cur.train_id)
        expect(cur.arrive_minute!).toBeGreaterThan(prev.depart_minute!);
    }
  });
});
