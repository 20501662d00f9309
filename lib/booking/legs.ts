import 'server-only';
import { sql } from 'drizzle-orm';
import { rows } from '@/db';
import type { SeatClass } from '@/db/schema';
import { wibInstant } from '@/lib/dates';

/** One train of a booking's journey, as pages show it. */
export type LegView = {
  leg: number;
  trainName: string;
  trainNumber: string;
  serviceDate: string;
  originCode: string;
  originName: string;
  destinationCode: string;
  destinationName: string;
  departsAt: number;
  arrivesAt: number;
  seatClass: SeatClass;
  subClass: string;
  /** This train's fare per adult. */
  fare: number;
};

/**
 * The trains of a booking in order: leg 1 from the booking row (its fare is the journey's fare
 * less the later legs'), then a connection's second train from booking_legs.
 */
export async function bookingLegViews(code: string): Promise<LegView[]> {
  const found = await rows<LegView & { departMinute: number; arriveMinute: number }>(sql`
    with b as (select * from bookings where code = ${code}),
    legs as (
      select 1 as leg, b.trip_id, b.origin_seq, b.destination_seq, b.seat_class, b.sub_class,
             b.fare - coalesce((select sum(fare) from booking_legs where booking_id = b.id), 0) as fare
      from b
      union all
      select bl.leg, bl.trip_id, bl.origin_seq, bl.destination_seq, bl.seat_class, bl.sub_class, bl.fare
      from booking_legs bl join b on b.id = bl.booking_id
    )
    select legs.leg, t.name as "trainName", t.number as "trainNumber", tr.service_date as "serviceDate",
           so.station_code as "originCode", o.name as "originName", sd.station_code as "destinationCode", d.name as "destinationName",
           so.depart_minute as "departMinute", sd.arrive_minute as "arriveMinute",
           legs.seat_class as "seatClass", legs.sub_class as "subClass", legs.fare as fare
    from legs join trips tr on tr.id = legs.trip_id join trains t on t.id = tr.train_id
    join train_stops so on so.train_id = t.id and so.seq = legs.origin_seq
    join train_stops sd on sd.train_id = t.id and sd.seq = legs.destination_seq
    join stations o on o.code = so.station_code join stations d on d.code = sd.station_code
    order by legs.leg`);
  return found.map(({ departMinute, arriveMinute, ...rest }) => ({
    ...rest,
    departsAt: wibInstant(rest.serviceDate, 0, departMinute),
    arrivesAt: wibInstant(rest.serviceDate, 0, arriveMinute),
  }));
}

/** Each adult's seat on a connection's second train, by passenger position. */
export async function secondLegSeats(
  code: string,
): Promise<Map<number, { coach: string; seatLabel: string }>> {
  const found = await rows<{ position: number; coach: string; seatLabel: string }>(sql`
    select p.position as position, c.code as coach, s.seat_label as "seatLabel"
    from booking_leg_seats s join booking_passengers p on p.id = s.passenger_id
    join bookings b on b.id = p.booking_id join train_coaches c on c.id = s.coach_id
    where b.code = ${code} and s.leg = 2`);
  return new Map(found.map((r) => [r.position, { coach: r.coach, seatLabel: r.seatLabel }]));
}
