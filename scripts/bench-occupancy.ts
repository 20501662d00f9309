import { sql } from 'drizzle-orm';
import { inTransaction, row, rows } from '../db';
import { bookings, seatSegments } from '../db/schema';
import { seatsOf } from '../lib/booking/seat-layout';

/** Rows per multi-row insert: well under either engine's limit on bound parameters. */
const BATCH = 500;

/**
 * Makes the benchmark database (either engine) look sold: on every trip of the given service
 * dates, about `share` of the seats are held on a random stretch of the route, so the availability
 * aggregates count real rows instead of an empty table. One paid booking per trip holds them all.
 */
export async function fillSeats(dates: string[] | 'all', share = 0.3): Promise<number> {
  const user = (await row<{ id: number }>(
    sql`select id from users where role = 'passenger' order by id limit 1`,
  ))!.id;
  const trips = await rows<{ id: number; train_id: number; stops: number }>(sql`
    select tr.id, tr.train_id,
      (select count(*) from train_stops s where s.train_id = tr.train_id) as stops
    from trips tr
    ${
      dates === 'all'
        ? sql``
        : sql`where tr.service_date in (${sql.join(
            dates.map((d) => sql`${d}`),
            sql`, `,
          )})`
    }
    order by tr.id`);
  const coachesOf = new Map<
    number,
    { id: number; pattern: string; rows: number; seat_count: number }[]
  >();
  for (const c of await rows<{
    id: number;
    train_id: number;
    pattern: string;
    rows: number;
    seat_count: number;
  }>(sql`select c.id, c.train_id, l.pattern, l.rows, l.seat_count
         from train_coaches c join seat_layouts l on l.code = c.layout_code order by c.id`)) {
    coachesOf.set(c.train_id, [...(coachesOf.get(c.train_id) ?? []), c]);
  }
  // Drawn before the transaction, which must be safe to run again (PostgreSQL may retry it).
  const sold = trips.map((trip) => {
    const held: Omit<typeof seatSegments.$inferInsert, 'bookingId'>[] = [];
    for (const coach of coachesOf.get(trip.train_id) ?? []) {
      for (const seat of seatsOf(coach.pattern, coach.rows, coach.seat_count)) {
        if (Math.random() >= share) continue;
        const from = Math.floor(Math.random() * (trip.stops - 1));
        const to = from + 1 + Math.floor(Math.random() * (trip.stops - 1 - from));
        for (let s = from; s < to; s++)
          held.push({ tripId: trip.id, coachId: coach.id, seatLabel: seat.label, segmentSeq: s });
      }
    }
    return { trip, held };
  });
  return inTransaction(async (tx) => {
    let count = 0;
    for (let i = 0; i < sold.length; i += BATCH) {
      const batch = sold.slice(i, i + BATCH);
      const made = await tx
        .insert(bookings)
        .values(batch.map(({ trip }) => benchBooking(trip.id, user)))
        .returning({ id: bookings.id, tripId: bookings.tripId });
      const bookingOf = new Map(made.map((b) => [b.tripId, b.id]));
      const segments = batch.flatMap(({ trip, held }) =>
        held.map((s) => ({ ...s, bookingId: bookingOf.get(trip.id)! })),
      );
      for (let j = 0; j < segments.length; j += BATCH)
        await tx.insert(seatSegments).values(segments.slice(j, j + BATCH));
      count += segments.length;
    }
    return count;
  });
}

/** The one paid booking that holds a trip's sold seats (its own figures are never shown). */
function benchBooking(tripId: number, userId: number): typeof bookings.$inferInsert {
  return {
    code: `B${tripId.toString(36).toUpperCase().padStart(6, '0')}`,
    userId,
    tripId,
    originSeq: 0,
    destinationSeq: 1,
    seatClass: 'eksekutif',
    subClass: 'A',
    adults: 1,
    infants: 0,
    fare: 1,
    total: 1,
    contactName: 'bench',
    contactEmail: 'bench@contoh.id',
    contactPhone: '+628',
    departsAt: 0,
    holdExpiresAt: 0,
    createdAt: 0,
    status: 'paid',
  };
}
