import Database from 'better-sqlite3';
import { seatsOf } from '../lib/booking/seat-layout';

/**
 * Makes the benchmark database look sold: on every trip of the given service dates, about
 * `share` of the seats are held on a random stretch of the route, so the availability aggregates
 * count real rows instead of an empty table.
 */
export function fillSeats(file: string, dates: string[] | 'all', share = 0.3): number {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  const user = (
    db.prepare("select id from users where role = 'passenger' limit 1").get() as { id: number }
  ).id;
  const trips = db
    .prepare(
      `select tr.id, tr.train_id as trainId, (select count(*) from train_stops s where s.train_id = tr.train_id) as stops
    from trips tr ${dates === 'all' ? '' : `where tr.service_date in (${dates.map(() => '?').join(',')})`}`,
    )
    .all(...(dates === 'all' ? [] : dates)) as { id: number; trainId: number; stops: number }[];
  const coaches = db.prepare(
    'select c.id, l.pattern, l.rows, l.seat_count as seatCount from train_coaches c join seat_layouts l on l.code = c.layout_code where c.train_id = ?',
  );
  const booking =
    db.prepare(`insert into bookings (code, user_id, trip_id, origin_seq, destination_seq, seat_class, sub_class, adults, infants, fare, total,
    contact_name, contact_email, contact_phone, departs_at, hold_expires_at, created_at, status) values (?, ?, ?, 0, 1, 'eksekutif', 'A', 1, 0, 1, 1, 'bench', 'bench@contoh.id', '+628', 0, 0, 0, 'paid') returning id`);
  const segment = db.prepare(
    'insert into seat_segments (trip_id, coach_id, seat_label, segment_seq, booking_id) values (?, ?, ?, ?, ?)',
  );
  let rows = 0;
  db.transaction(() => {
    for (const trip of trips) {
      const { id: bookingId } = booking.get(
        `B${trip.id.toString(36).toUpperCase().padStart(6, '0')}`,
        user,
        trip.id,
      ) as { id: number };
      for (const coach of coaches.all(trip.trainId) as {
        id: number;
        pattern: string;
        rows: number;
        seatCount: number;
      }[]) {
        for (const seat of seatsOf(coach.pattern, coach.rows, coach.seatCount)) {
          if (Math.random() >= share) continue;
          const from = Math.floor(Math.random() * (trip.stops - 1));
          const to = from + 1 + Math.floor(Math.random() * (trip.stops - 1 - from));
          for (let s = from; s < to; s++, rows++)
            segment.run(trip.id, coach.id, seat.label, s, bookingId);
        }
      }
    }
  })();
  db.close();
  return rows;
}
