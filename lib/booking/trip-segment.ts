import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, row, rows, type Db } from '@/db';
import type { SeatClass } from '@/db/schema';
import { wibInstant } from '@/lib/dates';

/** A trip between two of its stops, as a booking needs it. */
export type TripSegment = {
  tripId: number;
  trainId: number;
  trainNumber: string;
  trainName: string;
  serviceDate: string;
  originSeq: number;
  destinationSeq: number;
  originCode: string;
  destinationCode: string;
  originName: string;
  destinationName: string;
  departsAt: number;
  arrivesAt: number;
};

/** The scheduled trip from `origin` to `destination` (station codes), or null when it does not run that way. */
export async function findTripSegment(
  tripId: number,
  origin: string,
  destination: string,
  db: Db = getDb(),
): Promise<TripSegment | null> {
  const found = await row<
    Omit<TripSegment, 'departsAt' | 'arrivesAt'> & { departMinute: number; arriveMinute: number }
  >(
    sql`
    select tr.id as "tripId", t.id as "trainId", t.number as "trainNumber", t.name as "trainName", tr.service_date as "serviceDate",
           so.seq as "originSeq", sd.seq as "destinationSeq", so.station_code as "originCode", sd.station_code as "destinationCode",
           o.name as "originName", d.name as "destinationName", so.depart_minute as "departMinute", sd.arrive_minute as "arriveMinute"
    from trips tr join trains t on t.id = tr.train_id
    join train_stops so on so.train_id = t.id and so.station_code = ${origin}
    join train_stops sd on sd.train_id = t.id and sd.station_code = ${destination} and sd.seq > so.seq
    join stations o on o.code = so.station_code join stations d on d.code = sd.station_code
    where tr.id = ${tripId} and tr.status = 'scheduled' and t.active
    order by so.seq, sd.seq
    limit 1`,
    db,
  );
  if (!found) return null;
  const { departMinute, arriveMinute, ...rest } = found;
  return {
    ...rest,
    departsAt: wibInstant(found.serviceDate, 0, departMinute),
    arrivesAt: wibInstant(found.serviceDate, 0, arriveMinute),
  };
}

export type CoachInfo = {
  id: number;
  code: string;
  seatClass: SeatClass;
  subClass: string;
  pattern: string;
  rows: number;
  seatCount: number;
};

/** The coaches of one class on a train, in train order, with their layouts. */
export async function coachesOfClass(
  trainId: number,
  seatClass: SeatClass,
  db: Db = getDb(),
): Promise<CoachInfo[]> {
  return rows<CoachInfo>(
    sql`
    select c.id, c.code, c.seat_class as "seatClass", c.sub_class as "subClass", l.pattern, l.rows, l.seat_count as "seatCount"
    from train_coaches c join seat_layouts l on l.code = c.layout_code
    where c.train_id = ${trainId} and c.seat_class = ${seatClass} order by c.seq`,
    db,
  );
}

/**
 * The fare for a class between two stations of a train on a service date (the one period in force
 * that day; periods never overlap), or null.
 */
export async function fareOf(
  trainId: number,
  seatClass: SeatClass,
  subClass: string,
  origin: string,
  destination: string,
  serviceDate: string,
  db: Db = getDb(),
): Promise<number | null> {
  const fare = await row<{ price: number }>(
    sql`
    select price from fares where train_id = ${trainId} and seat_class = ${seatClass} and sub_class = ${subClass}
      and origin_code = ${origin} and destination_code = ${destination}
      and effective_from <= ${serviceDate} and (effective_to is null or effective_to >= ${serviceDate})`,
    db,
  );
  return fare?.price ?? null;
}
