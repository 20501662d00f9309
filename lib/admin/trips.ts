import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { row, rows } from '@/db';
import { trains, trips } from '@/db/schema';
import { now } from '@/lib/clock';
import { addDays, daysBetween, isIsoDate, wibDate } from '@/lib/dates';
import { refuser, transact } from '@/lib/transaction';
import { recordAudit } from './audit';
import { contains, trainNumberValue } from './sql';

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
 * seats sold or held: one query for the trips, one aggregate over the segment index and one for
 * the stops (which also give the route line).
 */
export async function tripsOfDay(date: string, train?: string): Promise<TripOfDay[]> {
  const filter = train
    ? sql` and (${contains(sql`t.number`, train)} or ${contains(sql`t.name`, train)})`
    : sql``;
  const dayTrips = await rows<Omit<TripOfDay, 'segments' | 'route'>>(sql`
    select tr.id, t.id as "trainId", t.number, t.name, tr.status,
      (select depart_minute from train_stops s where s.train_id = t.id and s.seq = 0) as "departMinute",
      coalesce((select sum(l.seat_count) from train_coaches c join seat_layouts l on l.code = c.layout_code where c.train_id = t.id), 0) as capacity,
      (select count(*) from bookings b where b.trip_id = tr.id and b.status = 'paid') as paid,
      (select count(*) from bookings b where b.trip_id = tr.id and b.status = 'awaiting_payment') as held
    from trips tr join trains t on t.id = tr.train_id
    where tr.service_date = ${date}${filter}
    order by "departMinute" asc nulls first, ${trainNumberValue(sql`t.number`)}, t.number
    limit 200`);
  if (dayTrips.length === 0) return [];
  const ids = sql.join(
    dayTrips.map((t) => sql`${t.id}`),
    sql`, `,
  );
  const loads = await rows<{ tripId: number; seq: number; sold: number }>(sql`
    select trip_id as "tripId", segment_seq as seq, count(*) as sold from seat_segments
    where trip_id in (${ids}) group by trip_id, segment_seq`);
  const stops = await rows<{ trainId: number; seq: number; code: string }>(sql`
    select train_id as "trainId", seq, station_code as code from train_stops
    where train_id in (${sql.join(
      dayTrips.map((t) => sql`${t.trainId}`),
      sql`, `,
    )}) order by train_id, seq`);
  return dayTrips.map((t) => {
    const own = stops.filter((s) => s.trainId === t.trainId);
    const segments = own.slice(0, -1).map((s, i) => ({
      seq: s.seq,
      from: s.code,
      to: own[i + 1]!.code,
      sold: Number(loads.find((l) => l.tripId === t.id && l.seq === s.seq)?.sold ?? 0),
    }));
    const route = own.map((s) => s.code).join(' → ');
    return { ...t, route, segments };
  });
}

/** One trip as the day view shows it, with its service date; null when unknown. */
export async function tripById(
  tripId: number,
): Promise<(TripOfDay & { serviceDate: string }) | null> {
  const found = await row<{ serviceDate: string }>(sql`
    select service_date as "serviceDate" from trips where id = ${tripId}`);
  if (!found) return null;
  const trip = (await tripsOfDay(found.serviceDate)).find((t) => t.id === tripId);
  return trip ? { ...trip, serviceDate: found.serviceDate } : null;
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

/** Rows per insert statement: well under either engine's limit on bound parameters. */
const INSERT_CHUNK = 1000;

/**
 * Creates the missing trips of every active train that has a route and coaches (or of one train)
 * for each service date in the range; existing trips, cancelled ones included, stay as they are.
 * At most 92 days at once, none in the past.
 */
export async function generateTrips(
  actorUserId: number,
  input: z.output<typeof GenerateTripsSchema>,
): Promise<{ ok: true; added: number } | { ok: false; code: GenerateRefusal }> {
  if (input.from < wibDate(now())) return { ok: false, code: 'date_past' };
  if (daysBetween(input.from, input.to) > 91) return { ok: false, code: 'range_too_long' };
  const dates = Array.from({ length: daysBetween(input.from, input.to) + 1 }, (_, i) =>
    addDays(input.from, i),
  );
  return transact(async (tx) => {
    let onlyTrain: number | undefined;
    if (input.trainNumber) {
      const [t] = await tx
        .select({ id: trains.id })
        .from(trains)
        .where(eq(trains.number, input.trainNumber))
        .limit(1);
      if (!t) return refuse('train_not_found');
      onlyTrain = t.id;
    }
    const runnable = await tx
      .select({ id: trains.id })
      .from(trains)
      .where(
        and(
          eq(trains.active, true),
          onlyTrain === undefined ? undefined : eq(trains.id, onlyTrain),
          sql`(select count(*) from train_stops s where s.train_id = ${trains.id}) >= 2`,
          sql`exists (select 1 from train_coaches c where c.train_id = ${trains.id})`,
        ),
      )
      .orderBy(asc(trains.id));
    const wanted = runnable.flatMap((t) =>
      dates.map((serviceDate) => ({ trainId: t.id, serviceDate, status: 'scheduled' as const })),
    );
    let added = 0;
    for (let i = 0; i < wanted.length; i += INSERT_CHUNK) {
      // A trip that exists already (the unique train and date) is left as it is.
      const inserted = await tx
        .insert(trips)
        .values(wanted.slice(i, i + INSERT_CHUNK))
        .onConflictDoNothing()
        .returning({ id: trips.id });
      added += inserted.length;
    }
    await recordAudit(tx, {
      actorUserId,
      action: 'trips.generate',
      subject: input.trainNumber ? `train:${input.trainNumber}` : 'trips',
      after: { ...input, added },
    });
    return { ok: true, added };
  });
}
