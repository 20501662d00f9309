import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { now } from '@/lib/clock';
import { daysBetween, isIsoDate, wibDate } from '@/lib/dates';
import { refuser, transact } from '@/lib/transaction';
import { recordAudit } from './audit';
import { contains } from './sql';

/** Seats sold on one segment (stop i → stop i+1) of a trip, against the train's seats. */
export type SegmentLoad = { seq: number; from: string; to: string; sold: number };
export type TripOfDay = {
  id: number;
  trainId: number;
  number: string;
  name: string;
  status: 'scheduled' | 'cancelled';
  departMinute: number | null;
  route: string;
  capacity: number;
  paid: number;
  held: number;
  segments: SegmentLoad[];
};

/**
 * The trips of one service date (optionally only trains matching `train`), with per segment the
 * seats sold or held: one query for the trips and one aggregate over the segment index.
 */
export function tripsOfDay(date: string, train?: string): TripOfDay[] {
  const db = getDb();
  const filter = train
    ? sql` and (${contains(sql`t.number`, train)} or ${contains(sql`t.name`, train)})`
    : sql``;
  const trips = db.all<Omit<TripOfDay, 'segments'>>(sql`
    select tr.id, t.id as trainId, t.number, t.name, tr.status,
      (select depart_minute from train_stops s where s.train_id = t.id and s.seq = 0) as departMinute,
      coalesce((select group_concat(station_code, ' → ') from (select station_code from train_stops s where s.train_id = t.id order by seq)), '') as route,
      coalesce((select sum(l.seat_count) from train_coaches c join seat_layouts l on l.code = c.layout_code where c.train_id = t.id), 0) as capacity,
      (select count(*) from bookings b where b.trip_id = tr.id and b.status = 'paid') as paid,
      (select count(*) from bookings b where b.trip_id = tr.id and b.status = 'awaiting_payment') as held
    from trips tr join trains t on t.id = tr.train_id
    where tr.service_date = ${date}${filter}
    order by departMinute, cast(t.number as integer)
    limit 200`);
  if (trips.length === 0) return [];
  const ids = sql.join(
    trips.map((t) => sql`${t.id}`),
    sql`, `,
  );
  const loads = db.all<{ tripId: number; seq: number; sold: number }>(sql`
    select trip_id as tripId, segment_seq as seq, count(*) as sold from seat_segments
    where trip_id in (${ids}) group by trip_id, segment_seq`);
  const stops = db.all<{ trainId: number; seq: number; code: string }>(sql`
    select train_id as trainId, seq, station_code as code from train_stops
    where train_id in (${sql.join(
      trips.map((t) => sql`${t.trainId}`),
      sql`, `,
    )}) order by train_id, seq`);
  return trips.map((t) => {
    const own = stops.filter((s) => s.trainId === t.trainId);
    const segments = own.slice(0, -1).map((s, i) => ({
      seq: s.seq,
      from: s.code,
      to: own[i + 1]!.code,
      sold: loads.find((l) => l.tripId === t.id && l.seq === s.seq)?.sold ?? 0,
    }));
    return { ...t, segments };
  });
}

/** One trip as the day view shows it, with its service date; null when unknown. */
export function tripById(tripId: number): (TripOfDay & { serviceDate: string }) | null {
  const row = getDb().get<{ serviceDate: string; number: string } | undefined>(sql`
    select tr.service_date as serviceDate, t.number from trips tr join trains t on t.id = tr.train_id where tr.id = ${tripId}`);
  if (!row) return null;
  const trip = tripsOfDay(row.serviceDate).find((t) => t.id === tripId);
  return trip ? { ...trip, serviceDate: row.serviceDate } : null;
}

/** Trips per service date in the window (for generating): a date range as the form sends it. */
export const GenerateTripsSchema = z
  .object({
    from: z.string().refine(isIsoDate, { error: 'date_invalid' }),
    to: z.string().refine(isIsoDate, { error: 'date_invalid' }),
    trainNumber: z.string().trim().max(6),
  })
  .refine((r) => r.to >= r.from, { error: 'date_order', path: ['to'] });

export type GenerateRefusal = 'date_past' | 'range_too_long' | 'train_not_found';
const refuse = refuser<GenerateRefusal>();

/**
 * Creates the missing trips of every active train that has a route and coaches (or of one train)
 * for each service date in the range; existing trips, cancelled ones included, stay as they are.
 * At most 92 days at once, none in the past.
 */
export function generateTrips(
  actorUserId: number,
  input: z.output<typeof GenerateTripsSchema>,
): { ok: true; added: number } | { ok: false; code: GenerateRefusal } {
  return transact((tx) => {
    if (input.from < wibDate(now())) return refuse('date_past');
    if (daysBetween(input.from, input.to) > 91) return refuse('range_too_long');
    let trainFilter = sql``;
    if (input.trainNumber) {
      const t = tx.get<{ id: number } | undefined>(
        sql`select id from trains where number = ${input.trainNumber}`,
      );
      if (!t) return refuse('train_not_found');
      trainFilter = sql` and t.id = ${t.id}`;
    }
    const added = tx.run(sql`
      with recursive days(d) as (select date(${input.from}) union all select date(d, '+1 day') from days where d < date(${input.to}))
      insert or ignore into trips (train_id, service_date, status)
      select t.id, days.d, 'scheduled' from trains t cross join days
      where t.active = 1${trainFilter}
        and (select count(*) from train_stops s where s.train_id = t.id) >= 2
        and exists (select 1 from train_coaches c where c.train_id = t.id)`).changes;
    recordAudit(tx, {
      actorUserId,
      action: 'trips.generate',
      subject: input.trainNumber ? `train:${input.trainNumber}` : 'trips',
      after: { ...input, added },
    });
    return { ok: true, added };
  });
}
