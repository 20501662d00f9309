import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inTransaction, row, rows } from '@/db';
import { seatSegments } from '@/db/schema';
import { advanceClock } from '@/lib/clock';
import { addDays, wibDate, wibInstant } from '@/lib/dates';
import { now } from '@/lib/clock';
import { seatsOf } from '@/lib/booking/seat-layout';
import { createHold } from '@/lib/booking/hold';
import { HoldSchema } from '@/lib/booking/hold-schema';
import { coachId, demoUserId, tripOf, openSeededDb } from '@/lib/testing/seeded-db';
import { searchTrains } from './trains';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const station = (code: string) => ({ code, name: code, city: code });
const query = (from: string, to: string, days = 1, adults = 1) => ({
  origin: station(from),
  destination: station(to),
  date: addDays(wibDate(now()), days),
  adults,
  infants: 0,
});
const eksekutifLeft = (results: Awaited<ReturnType<typeof searchTrains>>, number: string) =>
  results.direct
    .find((o) => o.trainNumber === number)!
    .classes.find((c) => c.seatClass === 'eksekutif')!.left;

/** Fills every seat of a trip on every segment, as a sold-out train. */
async function sellOut(trainNumber: string, days: number) {
  const trip = await tripOf(trainNumber, days);
  const userId = await demoUserId();
  const coaches = await rows<{ id: number; pattern: string; rows: number; seatCount: number }>(
    sql`select c.id, l.pattern, l.rows, l.seat_count as "seatCount" from train_coaches c join seat_layouts l on l.code = c.layout_code join trains t on t.id = c.train_id where t.number = ${trainNumber}`,
  );
  const segments = (await row<{ n: number }>(
    sql`select count(*) - 1 as n from train_stops s join trains t on t.id = s.train_id where t.number = ${trainNumber}`,
  ))!.n;
  await inTransaction(async (tx) => {
    const booking = (await row<{ id: number }>(
      sql`insert into bookings (code, user_id, trip_id, origin_seq, destination_seq, seat_class, sub_class, adults, infants, fare, total,
    contact_name, contact_email, contact_phone, departs_at, hold_expires_at, created_at, status) values (${`FULL${trainNumber.padStart(3, '0')}`}, ${userId}, ${trip}, 0, 1, 'eksekutif', 'A', 1, 0, 1, 1, 'x', 'x@x.id', '+628', 0, 0, 0, 'paid') returning id`,
      tx,
    ))!;
    const seats = coaches.flatMap((c) =>
      seatsOf(c.pattern, c.rows, c.seatCount).flatMap((s) =>
        Array.from({ length: segments }, (_, seg) => ({
          tripId: trip,
          coachId: c.id,
          seatLabel: s.label,
          segmentSeq: seg,
          bookingId: booking.id,
        })),
      ),
    );
    // In chunks: one statement may carry only so many parameters.
    for (let i = 0; i < seats.length; i += 1000)
      await tx.insert(seatSegments).values(seats.slice(i, i + 1000));
  });
}

describe('searchTrains', () => {
  it('finds every train stopping at the origin before the destination, with segment seats and fares', async () => {
    const results = await searchTrains(query('GMR', 'YK'));
    const numbers = results.direct.map((o) => o.trainNumber).sort();
    // Taksaka x3, Argo Lawu, Argo Dwipangga, Gajayana, Brawijaya, Bima; not Purwojaya (ends at Kroya).
    expect(numbers).toEqual(['16', '44', '46', '48', '52', '54', '60', '8']);
    const taksaka = results.direct.find((o) => o.trainNumber === '44')!;
    expect(taksaka.classes).toEqual([
      { seatClass: 'luxury', subClass: 'A', capacity: 18, left: 18, price: 1485000 },
      { seatClass: 'eksekutif', subClass: 'A', capacity: 350, left: 350, price: 600000 },
    ]);
    expect(taksaka.durationMinutes).toBe(380);
    expect(results.connections).toEqual([]);
  });

  it("finds a train at a stop it leaves after midnight under the passenger's date, not its service date", async () => {
    // Bima 16 leaves Purwokerto at 01:18, the day after it left its first station.
    const q = query('PWT', 'YK', 2);
    const results = await searchTrains(q);
    const late = results.direct.find((o) => o.trainNumber === '16')!;
    expect(late.serviceDate).toBe(addDays(q.date, -1));
    expect(wibDate(late.departsAt)).toBe(q.date);
    expect(results.direct.every((o) => wibDate(o.departsAt) === q.date)).toBe(true);
  });

  it('counts a held seat only on the segments it occupies', async () => {
    const held = await createHold(
      await demoUserId(),
      HoldSchema.parse({
        tripId: await tripOf('44'),
        origin: 'GMR',
        destination: 'CN',
        seatClass: 'eksekutif',
        adults: [
          {
            name: 'Siti Rahayu',
            idType: 'nik',
            idNumber: '3174055204950003',
            seat: `${await coachId('44', 'EKS-1')}:1A`,
          },
        ],
        infants: [],
        contactName: 'Siti Rahayu',
        contactEmail: 'siti@contoh.id',
        contactPhone: '081234567890',
      }),
    );
    expect(held.ok).toBe(true);
    expect(eksekutifLeft(await searchTrains(query('GMR', 'YK')), '44')).toBe(349);
    expect(eksekutifLeft(await searchTrains(query('JNG', 'CN')), '44')).toBe(349);
    expect(eksekutifLeft(await searchTrains(query('CN', 'YK')), '44')).toBe(350);
  });

  it('leaves out trains that have already left the origin', async () => {
    const tomorrow = query('GMR', 'YK', 1);
    advanceClock(wibInstant(tomorrow.date, 0, 10 * 60) - now());
    const numbers = (await searchTrains(tomorrow)).direct.map((o) => o.trainNumber);
    // Argo Dwipangga (08:15) and Taksaka 44 (09:10) have left Gambir by 10:00 WIB.
    expect(numbers).not.toContain('8');
    expect(numbers).not.toContain('44');
    expect(numbers).toContain('48');
  });

  it('offers two-leg journeys with a 1-24 h change when the direct trains are full', async () => {
    await sellOut('6', 2);
    await sellOut('66', 2);
    const results = await searchTrains(query('BD', 'SGU', 2));
    expect(results.direct.map((o) => o.trainNumber).sort()).toEqual(['6', '66']);
    expect(results.direct.flatMap((o) => o.classes).every((c) => c.left === 0)).toBe(true);
    expect(results.connections.length).toBeGreaterThan(0);
    for (const c of results.connections) {
      expect(c.first.originCode).toBe('BD');
      expect(c.second.destinationCode).toBe('SGU');
      expect(c.second.originCode).toBe(c.first.destinationCode);
      expect(c.transitMinutes).toBeGreaterThanOrEqual(60);
      expect(c.transitMinutes).toBeLessThanOrEqual(24 * 60);
    }
  });
});
