import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { now } from '@/lib/clock';
import { addDays, wibDate } from '@/lib/dates';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { makeUser } from '@/lib/wallet/testing/fixtures';
import { addFare, FareSchema } from './fares';
import { createStation, deleteStation, StationSchema } from './stations';
import { formatCoaches } from './train-coaches';
import { formatStops } from './train-stops';
import { createTrain, saveCoaches, saveStops, trainDetail, updateTrain } from './trains';
import { generateTrips } from './trips';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

const q = <T>(query: string, ...args: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .get(...args) as T;
const ADMIN = () => q<{ id: number }>("select id from users where role = 'admin'").id;
const trainId = (number: string) =>
  q<{ id: number }>('select id from trains where number = ?', number).id;
const today = () => wibDate(now());

describe('master data refuses changes that would break a sold booking', () => {
  it('stations: a code once, and no removing a station a train stops at', () => {
    const input = StationSchema.parse({ code: 'gdb', name: 'Gedebage', city: 'Bandung' });
    expect(createStation(ADMIN(), input)).toEqual({ ok: true });
    expect(createStation(ADMIN(), input)).toEqual({ ok: false, code: 'station_exists' });
    expect(deleteStation(ADMIN(), 'CN')).toEqual({ ok: false, code: 'station_in_use' });
    expect(deleteStation(ADMIN(), 'GDB')).toEqual({ ok: true });
    expect(StationSchema.safeParse({ code: 'G1', name: 'X', city: 'Y' }).success).toBe(false);
  });

  it('stops: times of a train with a held booking, and the station list of a booked train, stay', () => {
    const id = trainId('2');
    const d = trainDetail(id)!;
    const text = formatStops(d.stops);
    holdFor(makeUser().id, { seats: ['1A'] });
    const later = text.replace(
      /^(GMR - )(\d\d):/,
      (_, a, h) => `${a}${String(Number(h) + 1).padStart(2, '0')}:`,
    );
    expect(saveStops(ADMIN(), id, later)).toEqual({ ok: false, code: 'train_has_sold_bookings' });
    const shorter = text
      .split('\n')
      .filter((_, i) => i !== 1)
      .join('\n');
    expect(saveStops(ADMIN(), id, shorter)).toEqual({ ok: false, code: 'train_has_bookings' });
    expect(saveStops(ADMIN(), id, text)).toEqual({ ok: true });
    expect(saveStops(ADMIN(), id, 'GMR - 08:00')).toEqual({
      ok: false,
      code: 'stops_too_few',
      line: 0,
    });
    expect(formatStops(trainDetail(id)!.stops)).toBe(text);
  });

  it('coaches: a coach passengers sat in is not removed; a train with held seats is not taken out of service', () => {
    const id = trainId('2');
    holdFor(makeUser().id, { seats: ['1A'] });
    const coaches = trainDetail(id)!.coaches;
    const without = formatCoaches(coaches.filter((c) => c.code !== 'EKS-1'));
    expect(saveCoaches(ADMIN(), id, without)).toMatchObject({ ok: false, code: 'coach_in_use' });
    const reshaped = formatCoaches(coaches).replace(
      'EKS-1 eksekutif A EKS-50',
      'EKS-1 luxury A LUX-18',
    );
    expect(saveCoaches(ADMIN(), id, reshaped)).toMatchObject({
      ok: false,
      code: 'coach_has_sold_seats',
    });
    expect(
      saveCoaches(ADMIN(), id, formatCoaches(coaches) + '\nEKS-9 eksekutif A LUX-18'),
    ).toMatchObject({
      ok: false,
      code: 'layout_class_mismatch',
    });
    expect(saveCoaches(ADMIN(), id, formatCoaches(coaches) + '\nEKS-9 eksekutif A EKS-50')).toEqual(
      {
        ok: true,
      },
    );
    expect(trainDetail(id)!.coaches.at(-1)).toMatchObject({
      code: 'EKS-9',
      seq: coaches.length + 1,
    });
    expect(
      updateTrain(ADMIN(), { trainId: id, name: 'Argo Bromo Anggrek', active: false }),
    ).toEqual({
      ok: false,
      code: 'train_has_sold_bookings',
    });
  });
});

describe('fares with effective dates', () => {
  it('a new price from a date applies to trips from that date; earlier trips keep the old one', () => {
    const from = addDays(today(), 3);
    const fare = (input: Record<string, unknown>) =>
      addFare(
        ADMIN(),
        FareSchema.parse({
          trainNumber: '2',
          seatClass: 'eksekutif',
          subClass: 'A',
          origin: 'GMR',
          destination: 'CN',
          price: '333000',
          effectiveFrom: from,
          effectiveTo: '',
          ...input,
        }),
      );
    expect(fare({})).toEqual({ ok: true });
    const user = makeUser();
    expect(bookingRow(holdFor(user.id, { seats: ['1A'], daysAhead: 2 })).fare).toBe(290_000);
    expect(bookingRow(holdFor(user.id, { seats: ['1A'], daysAhead: 3 })).fare).toBe(333_000);
    expect(fare({ price: '300000', effectiveTo: addDays(from, 5) })).toEqual({
      ok: false,
      code: 'fare_overlap',
    });
    expect(fare({ effectiveFrom: addDays(today(), -1) })).toEqual({
      ok: false,
      code: 'fare_in_past',
    });
    expect(fare({ origin: 'CN', destination: 'GMR' })).toEqual({
      ok: false,
      code: 'fare_not_on_route',
    });
    expect(fare({ seatClass: 'ekonomi', subClass: 'C' })).toEqual({
      ok: false,
      code: 'class_not_on_train',
    });
    // The database itself refuses two overlapping periods, whatever path writes them.
    expect(() =>
      getDb()
        .$client.prepare(
          "insert into fares (train_id, seat_class, sub_class, origin_code, destination_code, price, effective_from) values (?, 'eksekutif', 'A', 'GMR', 'CN', 1000, ?)",
        )
        .run(trainId('2'), addDays(from, 1)),
    ).toThrow(/fare_period_overlap/);
  });
});

describe('trips', () => {
  it('a new train runs once it has stops and coaches and trips are generated for a range', () => {
    const created = createTrain(ADMIN(), { number: '7001', name: 'Uji Coba' });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { id: number }).id;
    expect(saveStops(ADMIN(), id, 'GMR - 06:00\nBD 09:00 -')).toEqual({ ok: true });
    expect(saveCoaches(ADMIN(), id, 'EKS-1 eksekutif A EKS-50')).toEqual({ ok: true });
    expect(updateTrain(ADMIN(), { trainId: id, name: 'Uji Coba', active: true })).toEqual({
      ok: true,
    });
    const range = { from: addDays(today(), 1), to: addDays(today(), 7), trainNumber: '7001' };
    expect(generateTrips(ADMIN(), range)).toEqual({ ok: true, added: 7 });
    expect(generateTrips(ADMIN(), range)).toEqual({ ok: true, added: 0 });
    expect(generateTrips(ADMIN(), { ...range, from: addDays(today(), -1) })).toEqual({
      ok: false,
      code: 'date_past',
    });
    expect(q('select count(*) n from audit_log where action like ?', 'train.%')).toEqual({ n: 4 });
  });
});
