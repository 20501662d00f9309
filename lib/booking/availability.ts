import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { SeatClass } from '@/db/schema';

export type ClassAvailability = { seatClass: SeatClass; subClass: string; capacity: number; left: number; price: number | null };

/**
 * Seats left per class on segments originSeq..destinationSeq-1 of a trip, with the fare for that
 * origin-destination pair. Counted by SQL over the segment index; seats are never loaded.
 */
export function classAvailability(tripId: number, trainId: number, originSeq: number, destinationSeq: number, originCode: string, destinationCode: string): ClassAvailability[] {
  return getDb().all<ClassAvailability>(sql`
    with capacity as (
      select c.seat_class, c.sub_class, sum(l.seat_count) as capacity
      from train_coaches c join seat_layouts l on l.code = c.layout_code
      where c.train_id = ${trainId} group by c.seat_class, c.sub_class
    ), taken as (
      select c.seat_class, c.sub_class, count(*) as n
      from (select distinct coach_id, seat_label from seat_segments
            where trip_id = ${tripId} and segment_seq between ${originSeq} and ${destinationSeq - 1}) s
      join train_coaches c on c.id = s.coach_id
      group by c.seat_class, c.sub_class
    )
    select capacity.seat_class as seatClass, capacity.sub_class as subClass, capacity.capacity as capacity,
           capacity.capacity - coalesce(taken.n, 0) as "left",
           (select price from fares f where f.train_id = ${trainId} and f.seat_class = capacity.seat_class
              and f.sub_class = capacity.sub_class and f.origin_code = ${originCode} and f.destination_code = ${destinationCode}) as price
    from capacity left join taken on taken.seat_class = capacity.seat_class and taken.sub_class = capacity.sub_class
    order by price desc`);
}

/** Labels of seats taken on any of the given segments, per coach of a trip. */
export function takenSeats(tripId: number, coachIds: number[], originSeq: number, destinationSeq: number): Map<number, Set<string>> {
  const taken = new Map<number, Set<string>>(coachIds.map((id) => [id, new Set<string>()]));
  if (coachIds.length === 0) return taken;
  const rows = getDb().all<{ coachId: number; seatLabel: string }>(sql`
    select distinct coach_id as coachId, seat_label as seatLabel from seat_segments
    where trip_id = ${tripId} and segment_seq between ${originSeq} and ${destinationSeq - 1}
      and coach_id in (${sql.join(coachIds.map((id) => sql`${id}`), sql`, `)})`);
  for (const row of rows) taken.get(row.coachId)?.add(row.seatLabel);
  return taken;
}
