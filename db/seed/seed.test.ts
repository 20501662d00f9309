import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { getDb } from '@/db';
import { seed, BOOKING_WINDOW_DAYS } from '.';

const options = {
  today: '2026-11-25',
  hashPassword: async (p: string) => `hash:${p.length}`,
  generatePassword: () => 'Generated-Admin-Pw-1',
};

let tmp: ReturnType<typeof openTempDb>;
beforeEach(() => {
  tmp = openTempDb();
});
afterEach(() => tmp.cleanup());

function snapshot() {
  const sqlite = getDb().$client;
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
    tables.map((t) => [t, sqlite.prepare(`select * from ${t} order by 1`).all()]),
  );
}

describe('seed', () => {
  it('loads a realistic network and is idempotent', async () => {
    const first = await seed(getDb(), options);
    expect(first).toMatchObject({
      adminCreated: true,
      adminPassword: 'Generated-Admin-Pw-1',
      petugasCreated: true,
      petugasPassword: 'Generated-Admin-Pw-1',
      demoCreated: true,
    });
    // Gate staff keep the passenger role; their staff role is what opens the ticket check.
    expect(
      getDb()
        .$client.prepare('select role, staff_role from users where email = ?')
        .get('petugas@kai-access.test'),
    ).toEqual({ role: 'passenger', staff_role: 'petugas' });
    const before = snapshot();
    expect(before.stations!.length).toBeGreaterThanOrEqual(20);
    expect(
      new Set(before.trains!.map((t) => (t as { name: string }).name)).size,
    ).toBeGreaterThanOrEqual(12);
    expect(before.trips!.length).toBe(before.trains!.length * (BOOKING_WINDOW_DAYS + 1));
    const second = await seed(getDb(), options);
    expect(second).toEqual({
      adminCreated: false,
      adminPassword: undefined,
      petugasCreated: false,
      petugasPassword: undefined,
      demoCreated: false,
      tripsAdded: 0,
    });
    expect(snapshot()).toEqual(before);
  });

  it('on a later day only adds the new days of trips', async () => {
    await seed(getDb(), options);
    const later = await seed(getDb(), { ...options, today: '2026-11-27' });
    const trains = (getDb().$client.prepare('select count(*) n from trains').get() as { n: number })
      .n;
    expect(later.tripsAdded).toBe(2 * trains);
  });

  it('gives Taksaka 43 its real 07:30 departure from Yogyakarta and a fare per class for every pair', async () => {
    await seed(getDb(), options);
    const sqlite = getDb().$client;
    const first = sqlite
      .prepare(
        `select s.station_code, s.depart_minute from train_stops s join trains t on t.id = s.train_id where t.number = '43' and s.seq = 0`,
      )
      .get();
    expect(first).toEqual({ station_code: 'YK', depart_minute: 7 * 60 + 30 });
    const stops = (
      sqlite
        .prepare(
          `select count(*) n from train_stops s join trains t on t.id = s.train_id where t.number = '43'`,
        )
        .get() as { n: number }
    ).n;
    const fares = sqlite
      .prepare(
        `select f.seat_class, count(*) n, min(price) lo, max(price) hi from fares f join trains t on t.id = f.train_id where t.number = '43' group by 1 order by 1`,
      )
      .all() as { seat_class: string; n: number; lo: number; hi: number }[];
    expect(fares.map((f) => f.seat_class)).toEqual(['eksekutif', 'luxury']);
    for (const f of fares) expect(f.n).toBe((stops * (stops - 1)) / 2);
    const gmrYk = sqlite
      .prepare(
        `select seat_class, price from fares f join trains t on t.id = f.train_id where t.number = '43' and origin_code = 'YK' and destination_code = 'GMR' order by 1`,
      )
      .all();
    expect(gmrYk).toEqual([
      { seat_class: 'eksekutif', price: 600000 },
      { seat_class: 'luxury', price: 1485000 },
    ]);
  });

  it('keeps arrival times moving forward along every route, across midnight', async () => {
    await seed(getDb(), options);
    const rows = getDb()
      .$client.prepare(
        'select train_id, seq, arrive_minute, depart_minute from train_stops order by train_id, seq',
      )
      .all() as {
      train_id: number;
      seq: number;
      arrive_minute: number | null;
      depart_minute: number | null;
    }[];
    for (let i = 1; i < rows.length; i++) {
      const [prev, cur] = [rows[i - 1]!, rows[i]!];
      if (prev.train_id === cur.train_id)
        expect(cur.arrive_minute!).toBeGreaterThan(prev.depart_minute!);
    }
  });
});
