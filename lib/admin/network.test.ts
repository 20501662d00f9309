import { sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute, inTransaction, row } from '@/db';
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
afterEach(async () => {
  await tmp.cleanup();
});

const q = async <T>(query: SQL) => (await row<T>(query))!;
const ADMIN = async () =>
  (await q<{ id: number }>(sql`select id from users where role = 'admin'`)).id;
const trainId = async (number: string) =>
  (await q<{ id: number }>(sql`select id from trains where number = ${number}`)).id;
const today = () => wibDate(now());

describe('master data refuses changes that would break a sold booking', () => {
  it('stations: a code once, and no removing a station a train stops at', async () => {
    const input = StationSchema.parse({ code: 'gdb', name: 'Gedebage', city: 'Bandung' });
    const admin = await ADMIN();
    expect(await createStation(admin, input)).toEqual({ ok: true });
    expect(await createStation(admin, input)).toEqual({ ok: false, code: 'station_exists' });
    expect(await deleteStation(admin, 'CN')).toEqual({ ok: false, code: 'station_in_use' });
    expect(await deleteStation(admin, 'GDB')).toEqual({ ok: true });
    expect(
      await q(sql`select count(*) as n from audit_log where action like ${'station.%'}`),
    ).toEqual({ n: 2 });
    expect(StationSchema.safeParse({ code: 'G1', name: 'X', city: 'Y' }).success).toBe(false);
  });

  it('stops: times of a train with a held booking, and the station list of a booked train, stay', async () => {
    const id = await trainId('2');
    const admin = await ADMIN();
    const d = (await trainDetail(id))!;
    const text = formatStops(d.stops);
    await holdFor((await makeUser()).id, { seats: ['1A'] });
    const later = text.replace(
      /^(GMR - )(\d\d):/,
      (_, a, h) => `${a}${String(Number(h) + 1).padStart(2, '0')}:`,
    );
    expect(await saveStops(admin, id, later)).toEqual({
      ok: false,
      code: 'train_has_sold_bookings',
    });
    const shorter = text
      .split('\n')
      .filter((_, i) => i !== 1)
      .join('\n');
    expect(await saveStops(admin, id, shorter)).toEqual({ ok: false, code: 'train_has_bookings' });
    expect(await saveStops(admin, id, text)).toEqual({ ok: true });
    expect(await saveStops(admin, id, 'GMR - 08:00')).toEqual({
      ok: false,
      code: 'stops_too_few',
      line: 0,
    });
    expect(formatStops((await trainDetail(id))!.stops)).toBe(text);
  });

  it('coaches: a coach passengers sat in is not removed; a train with held seats is not taken out of service', async () => {
    const id = await trainId('2');
    const admin = await ADMIN();
    await holdFor((await makeUser()).id, { seats: ['1A'] });
    const coaches = (await trainDetail(id))!.coaches;
    const without = formatCoaches(coaches.filter((c) => c.code !== 'EKS-1'));
    expect(await saveCoaches(admin, id, without)).toMatchObject({
      ok: false,
      code: 'coach_in_use',
    });
    const reshaped = formatCoaches(coaches).replace(
      'EKS-1 eksekutif A EKS-50',
      'EKS-1 luxury A LUX-18',
    );
    expect(await saveCoaches(admin, id, reshaped)).toMatchObject({
      ok: false,
      code: 'coach_has_sold_seats',
    });
    expect(
      await saveCoaches(admin, id, formatCoaches(coaches) + '\nEKS-9 eksekutif A LUX-18'),
    ).toMatchObject({
      ok: false,
      code: 'layout_class_mismatch',
    });
    expect(
      await saveCoaches(admin, id, formatCoaches(coaches) + '\nEKS-9 eksekutif A EKS-50'),
    ).toEqual({ ok: true });
    expect((await trainDetail(id))!.coaches.at(-1)).toMatchObject({
      code: 'EKS-9',
      seq: coaches.length + 1,
    });
    expect(
      await updateTrain(admin, { trainId: id, name: 'Argo Bromo Anggrek', active: false }),
    ).toEqual({
      ok: false,
      code: 'train_has_sold_bookings',
    });
  });
});

describe('fares with effective dates', () => {
  it('a new price from a date applies to trips from that date; earlier trips keep the old one', async () => {
    const from = addDays(today(), 3);
    const admin = await ADMIN();
    const fare = (input: Record<string, unknown>) =>
      addFare(
        admin,
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
    expect(await fare({})).toEqual({ ok: true });
    const user = await makeUser();
    const fareOn = async (daysAhead: number) =>
      (await bookingRow(await holdFor(user.id, { seats: ['1A'], daysAhead }))).fare;
    expect(await fareOn(2)).toBe(290_000);
    expect(await fareOn(3)).toBe(333_000);
    expect(await fare({ price: '300000', effectiveTo: addDays(from, 5) })).toEqual({
      ok: false,
      code: 'fare_overlap',
    });
    expect(await fare({ effectiveFrom: addDays(today(), -1) })).toEqual({
      ok: false,
      code: 'fare_in_past',
    });
    expect(await fare({ origin: 'CN', destination: 'GMR' })).toEqual({
      ok: false,
      code: 'fare_not_on_route',
    });
    expect(await fare({ seatClass: 'ekonomi', subClass: 'C' })).toEqual({
      ok: false,
      code: 'class_not_on_train',
    });
    // The database itself refuses two overlapping periods, whatever path writes them.
    const train2 = await trainId('2');
    const refused = await inTransaction((tx) =>
      execute(
        sql`insert into fares (train_id, seat_class, sub_class, origin_code, destination_code, price, effective_from)
          values (${train2}, 'eksekutif', 'A', 'GMR', 'CN', 1000, ${addDays(from, 1)})`,
        tx,
      ),
    ).catch((error: unknown) => error);
    // Drizzle wraps the driver's error; the trigger's message is on its cause.
    expect(String((refused as { cause?: unknown }).cause ?? refused)).toMatch(
      /fare_period_overlap/,
    );
  });
});

describe('trips', () => {
  it('a new train runs once it has stops and coaches and trips are generated for a range', async () => {
    const admin = await ADMIN();
    const created = await createTrain(admin, { number: '7001', name: 'Uji Coba' });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { id: number }).id;
    expect(await saveStops(admin, id, 'GMR - 06:00\nBD 09:00 -')).toEqual({ ok: true });
    expect(await saveCoaches(admin, id, 'EKS-1 eksekutif A EKS-50')).toEqual({ ok: true });
    expect(await updateTrain(admin, { trainId: id, name: 'Uji Coba', active: true })).toEqual({
      ok: true,
    });
    const range = { from: addDays(today(), 1), to: addDays(today(), 7), trainNumber: '7001' };
    expect(await generateTrips(admin, range)).toEqual({ ok: true, added: 7 });
    expect(await generateTrips(admin, range)).toEqual({ ok: true, added: 0 });
    expect(await generateTrips(admin, { ...range, from: addDays(today(), -1) })).toEqual({
      ok: false,
      code: 'date_past',
    });
    expect(await generateTrips(admin, { ...range, trainNumber: '9999' })).toEqual({
      ok: false,
      code: 'train_not_found',
    });
    expect(
      await q(sql`select count(*) as n from trips t join trains r on r.id = t.train_id
        where r.number = '7001' and t.service_date between ${range.from} and ${range.to}`),
    ).toEqual({ n: 7 });
    expect(
      await q(sql`select count(*) as n from audit_log where action like ${'train.%'}`),
    ).toEqual({ n: 4 });
    expect(
      await q(sql`select count(*) as n from audit_log where action = 'trips.generate'`),
    ).toEqual({ n: 2 });
  });
});
