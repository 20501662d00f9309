import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { advanceClock } from '@/lib/clock';
import { setSetting } from '@/lib/settings';
import { addPassenger, coachId, demoUserId, tripOf, openSeededDb } from '@/lib/testing/seeded-db';
import { classAvailability } from './availability';
import { BOOKING_CODE_PATTERN } from './codes';
import { expireOverdue } from './expiry';
import { createHold } from './hold';
import { HoldSchema } from './hold-schema';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

// Taksaka 44 runs GMR → JNG → CN → PWT → KYA → KTA → YK (stops 0..6).
async function input(seats: string[], origin = 'GMR', destination = 'YK', infants = 0) {
  const eks1 = await coachId('44', 'EKS-1');
  return HoldSchema.parse({
    tripId: await tripOf('44'),
    origin,
    destination,
    seatClass: 'eksekutif',
    adults: seats.map((s, i) => ({
      name: `Penumpang ${'ABCD'[i]}`,
      idType: 'nik',
      idNumber: '3273011708900001',
      seat: s.includes(':') ? s : `${eks1}:${s}`,
    })),
    infants: Array.from({ length: infants }, () => ({
      name: 'Bayi Kecil',
      idNumber: '3273015212240001',
    })),
    contactName: 'Siti Rahayu',
    contactEmail: 'siti@contoh.id',
    contactPhone: '081234567890',
  });
}
const eksLeft = async (origin: number, destination: number, o = 'GMR', d = 'YK') => {
  const trip = await tripOf('44');
  const trainId = (await row<{ id: number }>(sql`select id from trains where number = '44'`))!.id;
  return (await classAvailability(trip, trainId, origin, destination, o, d)).find(
    (c) => c.seatClass === 'eksekutif',
  )!;
};
const hold = async (userId: number | Promise<number>, holdInput: ReturnType<typeof input>) =>
  createHold(await userId, await holdInput);

describe('createHold', () => {
  it('holds seats, prices them from the fares table, and frees nothing else', async () => {
    const before = await eksLeft(0, 6);
    const result = await hold(demoUserId(), input(['1A', '1B'], 'GMR', 'YK', 1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bookingCode).toMatch(BOOKING_CODE_PATTERN);
    const booking = (await row<Record<string, number | string>>(
      sql`select * from bookings where code = ${result.bookingCode}`,
    ))!;
    expect(booking).toMatchObject({
      status: 'awaiting_payment',
      adults: 2,
      infants: 1,
      fare: 600000,
      total: 1200000,
    });
    expect(Number(booking.hold_expires_at) - Number(booking.created_at)).toBe(60 * 60_000);
    // 2 seats x 6 segments (GMR..YK); the infant has no seat.
    expect(
      await row(sql`select count(*) as n from seat_segments where booking_id = ${booking.id}`),
    ).toEqual({ n: 12 });
    expect((await eksLeft(0, 6)).left).toBe(before.left - 2);
  });

  it('refuses an overlapping journey on a taken seat and allows a disjoint one', async () => {
    expect((await hold(demoUserId(), input(['5C'], 'GMR', 'CN'))).ok).toBe(true);
    expect(await hold(addPassenger('a@contoh.id'), input(['5C'], 'JNG', 'PWT'))).toEqual({
      ok: false,
      code: 'seat_taken',
    });
    expect((await hold(addPassenger('b@contoh.id'), input(['5C'], 'CN', 'YK'))).ok).toBe(true);
    // The seat now counts as taken on every segment, and once only on the whole route.
    const whole = await eksLeft(0, 6);
    expect(whole.left).toBe(whole.capacity - 1);
    expect((await eksLeft(1, 2, 'JNG', 'CN')).left).toBe(whole.capacity - 1);
  });

  it('refuses a seat of another class, a seat that does not exist, and one seat for two people', async () => {
    expect(await hold(demoUserId(), input([`${await coachId('44', 'LUX-1')}:1A`]))).toEqual({
      ok: false,
      code: 'seat_invalid',
    });
    expect(await hold(demoUserId(), input(['14A']))).toEqual({ ok: false, code: 'seat_invalid' });
    expect(await hold(demoUserId(), input(['2A', '2A']))).toEqual({
      ok: false,
      code: 'seat_duplicate',
    });
  });

  it('allows 6 bookings per account per day, then says why it refuses', async () => {
    const user = await demoUserId();
    for (let i = 1; i <= 6; i++) expect((await hold(user, input([`${i}D`]))).ok).toBe(true);
    expect(await hold(user, input(['7D']))).toEqual({ ok: false, code: 'daily_limit' });
    expect((await hold(addPassenger('c@contoh.id'), input(['7D']))).ok).toBe(true);
  });

  it('lets only children under 3 (by their NIK) ride as infants', async () => {
    const withInfant = async (nik: string) => ({
      ...(await input(['9A'], 'GMR', 'YK', 1)),
      infants: [{ name: 'Anak Kecil', idNumber: nik }],
    });
    const born = (yearsAgo: number) => {
      const d = new Date(Date.now() + 7 * 3600_000);
      return `${String(d.getUTCDate()).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String((d.getUTCFullYear() - yearsAgo) % 100).padStart(2, '0')}`;
    };
    expect(await hold(demoUserId(), withInfant(`327301${born(5)}0001`))).toEqual({
      ok: false,
      code: 'infant_too_old',
    });
    expect((await hold(demoUserId(), withInfant(`327301${born(1)}0001`))).ok).toBe(true);
  });

  it('refuses a train that has left', async () => {
    advanceClock(3 * 24 * 3600_000);
    const stale = { ...(await input(['1A'])), tripId: await tripOf('44', -2) };
    expect(await createHold(await demoUserId(), stale)).toEqual({ ok: false, code: 'departed' });
  });
});

describe('expiry', () => {
  it('expires a hold past its deadline and frees its seats when availability is read', async () => {
    await setSetting('hold_minutes', 15);
    const held = await hold(demoUserId(), input(['3A']));
    expect(held.ok).toBe(true);
    const left = (await eksLeft(0, 6)).left;
    advanceClock(14 * 60_000);
    expect(await expireOverdue()).toEqual([]);
    advanceClock(60_000);
    // A new hold on the same seat runs the expiry inside its own transaction first.
    expect((await hold(addPassenger('d@contoh.id'), input(['3A']))).ok).toBe(true);
    expect((await eksLeft(0, 6)).left).toBe(left);
    const status = await row(
      sql`select status from bookings where code = ${held.ok ? held.bookingCode : ''}`,
    );
    expect(status).toEqual({ status: 'expired' });
  });

  it('the sweep expires holds with nobody reading', async () => {
    const held = await hold(demoUserId(), input(['4A']));
    advanceClock(61 * 60_000);
    expect(await expireOverdue()).toEqual([held.ok ? held.bookingCode : '']);
    expect(await row(sql`select count(*) as n from seat_segments`)).toEqual({ n: 0 });
  });
});

describe('HoldSchema', () => {
  it('refuses more infants than adults, a bad NIK and a bad passport, naming the field', async () => {
    const raw = {
      ...(await input(['1A'])),
      adults: [{ name: 'Ani', idType: 'nik', idNumber: '1234', seat: '1:1A' }],
      infants: [
        { name: 'Bayi Satu', idNumber: '3273015212240001' },
        { name: 'Bayi Dua', idNumber: '3273015212240001' },
      ],
    };
    const parsed = HoldSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toContain('adults.0.idNumber:nik_invalid');
    expect(messages).toContain('infants:infants_exceed');
    const passport = HoldSchema.safeParse({
      ...raw,
      infants: [],
      adults: [{ name: 'John Smith', idType: 'passport', idNumber: 'x!', seat: '1:1A' }],
    });
    expect(passport.error!.issues.map((i) => i.message)).toEqual(['passport_invalid']);
  });
});
