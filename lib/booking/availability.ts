import 'server-only';
import { sql } from 'drizzle-orm';
import { rows } from '@/db';
import type { SeatClass } from '@/db/schema';

export type ClassAvailability = {
  seatClass: SeatClass;
  subClass: string;
  capacity: number;
  left: number;
  price: number | null;
};

/** A trip between two stops, as availability is asked for it. */
export type LegRef = {
  tripId: number;
  trainId: number;
  originSeq: number;
  destinationSeq: number;
  originCode: string;
  destinationCode: string;
};

/**
 * Seats left per class on segments originSeq..destinationSeq-1 of each leg, with the fare for that
 * origin-destination pair: one SQL statement for all legs of a search, counted over the segment
 * index; seats are never loaded into JavaScript. Results come back in the order of `legs`.
 */
export async function availabilityForLegs(legs: LegRef[]): Promise<ClassAvailability[][]> {
  if (legs.length === 0) return [];
  const values = sql.join(
    legs.map(
      (l, i) =>
        // Typed, so PostgreSQL knows what the parameters of a bare VALUES list are.
        sql`(cast(${i} as integer), cast(${l.tripId} as integer), cast(${l.trainId} as integer), cast(${l.originSeq} as integer),
          cast(${l.destinationSeq} as integer), cast(${l.originCode} as text), cast(${l.destinationCode} as text))`,
    ),
    sql`, `,
  );
  const found = await rows<ClassAvailability & { leg: number }>(sql`
    with legs(leg, trip_id, train_id, o_seq, d_seq, o_code, d_code) as (values ${values}),
    capacity as (
      select legs.leg, c.seat_class, c.sub_class, sum(l.seat_count) as capacity
      from legs join train_coaches c on c.train_id = legs.train_id join seat_layouts l on l.code = c.layout_code
      group by legs.leg, c.seat_class, c.sub_class
    ), taken as (
      select s.leg, c.seat_class, c.sub_class, count(*) as n
      from (select distinct legs.leg, ss.coach_id, ss.seat_label from legs
            join seat_segments ss on ss.trip_id = legs.trip_id and ss.segment_seq between legs.o_seq and legs.d_seq - 1) s
      join train_coaches c on c.id = s.coach_id
      group by s.leg, c.seat_class, c.sub_class
    )
    select capacity.leg as leg, capacity.seat_class as "seatClass", capacity.sub_class as "subClass", capacity.capacity as capacity,
           capacity.capacity - coalesce(taken.n, 0) as "left", f.price as price
    from capacity join legs on legs.leg = capacity.leg join trips tp on tp.id = legs.trip_id
    left join taken on taken.leg = capacity.leg and taken.seat_class = capacity.seat_class and taken.sub_class = capacity.sub_class
    left join fares f on f.train_id = legs.train_id and f.seat_class = capacity.seat_class and f.sub_class = capacity.sub_class
      and f.origin_code = legs.o_code and f.destination_code = legs.d_code
      -- the one fare period in force on the trip's service date (periods never overlap)
      and f.effective_from <= tp.service_date and (f.effective_to is null or f.effective_to >= tp.service_date)
    order by capacity.leg, f.price desc nulls last, capacity.sub_class`);
  const out: ClassAvailability[][] = legs.map(() => []);
  for (const { leg, ...row } of found) out[leg]!.push(row);
  return out;
}

/** Availability of one leg (see availabilityForLegs). */
export async function classAvailability(
  tripId: number,
  trainId: number,
  originSeq: number,
  destinationSeq: number,
  originCode: string,
  destinationCode: string,
): Promise<ClassAvailability[]> {
  const [only] = await availabilityForLegs([
    { tripId, trainId, originSeq, destinationSeq, originCode, destinationCode },
  ]);
  return only!;
}

/** Labels of seats taken on any of the given segments, per coach of a trip. */
export async function takenSeats(
  tripId: number,
  coachIds: number[],
  originSeq: number,
  destinationSeq: number,
): Promise<Map<number, Set<string>>> {
  const taken = new Map<number, Set<string>>(coachIds.map((id) => [id, new Set<string>()]));
  if (coachIds.length === 0) return taken;
  const found = await rows<{ coachId: number; seatLabel: string }>(sql`
    select distinct coach_id as "coachId", seat_label as "seatLabel" from seat_segments
    where trip_id = ${tripId} and segment_seq between ${originSeq} and ${destinationSeq - 1}
      and coach_id in (${sql.join(
        coachIds.map((id) => sql`${id}`),
        sql`, `,
      )})`);
  for (const row of found) taken.get(row.coachId)?.add(row.seatLabel);
  return taken;
}
