import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { rows } from '@/db';
import { addDays, wibInstant } from '@/lib/dates';

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

async function query(where: SQL): Promise<Leg[]> {
  const found = await rows<Row>(sql`
    select tr.id as "tripId", t.id as "trainId", t.number as "trainNumber", t.name as "trainName", tr.service_date as "serviceDate",
           so.seq as "originSeq", sd.seq as "destinationSeq", so.station_code as "originCode", sd.station_code as "destinationCode",
           so.depart_minute as "departMinute", sd.arrive_minute as "arriveMinute"
    from train_stops so
    join train_stops sd on sd.train_id = so.train_id and sd.seq > so.seq
    join trains t on t.id = so.train_id and t.active
    join trips tr on tr.train_id = t.id and tr.status = 'scheduled'
    where ${where}
    order by tr.service_date, so.depart_minute, tr.id, so.seq, sd.seq`);
  // Stop minutes count from the service date's midnight (WIB), so instants need no day arithmetic.
  return found.map(({ departMinute, arriveMinute, ...r }) => ({
    ...r,
    departsAt: wibInstant(r.serviceDate, 0, departMinute),
    arrivesAt: wibInstant(r.serviceDate, 0, arriveMinute),
  }));
}

/** How many days after its trip's service date a stop may be left: every trip ends within them. */
const MAX_DAY_OFFSET = 3;

/**
 * Trips whose boarding stop (`so`) is left on one of `dates` (WIB). A trip's service date is the day
 * it leaves its first station; a passenger's date is the day it leaves *their* station, which is
 * later for stops past midnight: a stop left k days in (depart minute k*1440 and up) runs on the
 * service date k days earlier. The dates are worked out here, so the SQL has no date arithmetic.
 */
function leavesOn(dates: string[]): SQL {
  const list = (ds: string[]) =>
    sql.join(
      ds.map((d) => sql`${d}`),
      sql`, `,
    );
  const byOffset = Array.from({ length: MAX_DAY_OFFSET + 1 }, (_, k) => {
    const serviceDates = dates.map((d) => addDays(d, -k));
    return sql`(so.depart_minute >= ${k * 1440} and so.depart_minute < ${(k + 1) * 1440}
      and tr.service_date in (${list(serviceDates)}))`;
  });
  // The outer list lets the date index narrow the trips before the per-offset check.
  const candidates = [...new Set(byOffset.flatMap((_, k) => dates.map((d) => addDays(d, -k))))];
  return sql`tr.service_date in (${list(candidates)}) and (${sql.join(byOffset, sql` or `)})`;
}

/** Trains leaving `origin` on `date` (WIB) that later stop at `destination`. */
export function directLegs(origin: string, destination: string, date: string): Promise<Leg[]> {
  return query(
    sql`so.station_code = ${origin} and sd.station_code = ${destination} and ${leavesOn([date])}`,
  );
}

/** Every onward stop of trains leaving `origin` on `date`: first legs of a connection. */
export function legsFrom(origin: string, date: string): Promise<Leg[]> {
  return query(sql`so.station_code = ${origin} and ${leavesOn([date])}`);
}

/** Trains reaching `destination` that leave their boarding stop on `date` or the day after. */
export function legsInto(destination: string, date: string): Promise<Leg[]> {
  return query(sql`sd.station_code = ${destination} and ${leavesOn([date, addDays(date, 1)])}`);
}
