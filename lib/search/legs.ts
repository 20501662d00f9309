import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { wibInstant } from '@/lib/dates';

/** One train's run between two of its stops on a trip. */
export type Leg = {
  tripId: number;
  trainId: number;
  trainNumber: string;
  trainName: string;
  serviceDate: string;
  originSeq: number;
  destinationSeq: number;
  originCode: string;
  destinationCode: string;
  departsAt: number;
  arrivesAt: number;
};

type Row = Omit<Leg, 'departsAt' | 'arrivesAt'> & { departMinute: number; arriveMinute: number };

function query(where: SQL): Leg[] {
  const rows = getDb().all<Row>(sql`
    select tr.id as tripId, t.id as trainId, t.number as trainNumber, t.name as trainName, tr.service_date as serviceDate,
           so.seq as originSeq, sd.seq as destinationSeq, so.station_code as originCode, sd.station_code as destinationCode,
           so.depart_minute as departMinute, sd.arrive_minute as arriveMinute
    from train_stops so
    join train_stops sd on sd.train_id = so.train_id and sd.seq > so.seq
    join trains t on t.id = so.train_id and t.active = 1
    join trips tr on tr.train_id = t.id and tr.status = 'scheduled'
    where ${where}`);
  // Stop minutes count from the service date's midnight (WIB), so instants need no day arithmetic.
  return rows.map(({ departMinute, arriveMinute, ...r }) => ({
    ...r,
    departsAt: wibInstant(r.serviceDate, 0, departMinute),
    arrivesAt: wibInstant(r.serviceDate, 0, arriveMinute),
  }));
}

// A trip's service date is the day it leaves its first station; a passenger's date is the day it
// leaves *their* station, which is later for stops past midnight.
const LEAVES_ON = (date: string) =>
  sql`tr.service_date = date(${date}, '-' || (so.depart_minute / 1440) || ' days')`;

/** Trains leaving `origin` on `date` (WIB) that later stop at `destination`. */
export function directLegs(origin: string, destination: string, date: string): Leg[] {
  return query(
    sql`so.station_code = ${origin} and sd.station_code = ${destination} and ${LEAVES_ON(date)}`,
  );
}

/** Every onward stop of trains leaving `origin` on `date`: first legs of a connection. */
export function legsFrom(origin: string, date: string): Leg[] {
  return query(sql`so.station_code = ${origin} and ${LEAVES_ON(date)}`);
}

/** Trains reaching `destination` that leave their boarding stop on `date` or the day after. */
export function legsInto(destination: string, date: string): Leg[] {
  return query(sql`sd.station_code = ${destination}
    and tr.service_date between date(${date}, '-3 days') and date(${date}, '+1 day')
    and date(tr.service_date, '+' || (so.depart_minute / 1440) || ' days') between ${date} and date(${date}, '+1 day')`);
}
