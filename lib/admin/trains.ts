import 'server-only';
import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import {
  bookingPassengers,
  seatLayouts,
  stations,
  trainCoaches,
  trainStops,
  trains,
} from '@/db/schema';
import { refuser, transact, type Tx } from '@/lib/transaction';
import { recordAudit } from './audit';
import { everBooked, soldOnOpenTrips } from './sold';
import { contains, sortBy, trainNumberValue } from './sql';
import { EXPORT_LIMIT, PAGE_SIZE, type TablePage, type TableView } from './table-params';
import { parseCoaches, type CoachLine, type CoachProblemCode } from './train-coaches';
import { parseStops, type StopLine, type StopProblemCode } from './train-stops';

export const TrainSchema = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\d{1,4}[A-Z]?$/, { error: 'train_number_format' }),
  name: z.string().trim().min(3, { error: 'name_short' }).max(60, { error: 'name_long' }),
});
export const TrainUpdateSchema = z.object({
  trainId: z.coerce.number().int().positive(),
  name: TrainSchema.shape.name,
  active: z.enum(['1', '0']).transform((v) => v === '1'),
});

export const TRAIN_SORTS = ['number', 'name'] as const;
export const TRAIN_FILTERS = ['q', 'active'] as const;
export type TrainView = TableView<(typeof TRAIN_SORTS)[number], (typeof TRAIN_FILTERS)[number]>;
export type TrainRow = {
  id: number;
  number: string;
  name: string;
  active: boolean;
  route: string | null;
  coaches: number;
};

async function query(view: TrainView, limit: number, offset: number) {
  const db = getDb();
  const { q, active } = view.filters;
  const parts = [
    q ? sql`(${contains(trains.number, q)} or ${contains(trains.name, q)})` : undefined,
    active === '1' || active === '0' ? eq(trains.active, active === '1') : undefined,
  ].filter(Boolean);
  const where = parts.length ? sql.join(parts as ReturnType<typeof sql>[], sql` and `) : undefined;
  const column = view.sort === 'name' ? trains.name : trainNumberValue(trains.number);
  const found = await db
    .select({
      id: trains.id,
      number: trains.number,
      name: trains.name,
      active: trains.active,
      coaches: db.$count(trainCoaches, eq(trainCoaches.trainId, trains.id)),
    })
    .from(trains)
    .where(where)
    .orderBy(sortBy(column, view.dir), asc(trains.id))
    .limit(limit)
    .offset(offset);
  const routes = await routesOf(found.map((t) => t.id));
  const rows = found.map((t) => ({ ...t, route: routes.get(t.id) ?? null }));
  const [counted] = await db.select({ n: count() }).from(trains).where(where);
  return { rows, total: counted?.n ?? 0 };
}

/** Each train's stations in order as `GMR → CN → SBI` (joined here: the engines aggregate text differently). */
async function routesOf(trainIds: number[]): Promise<Map<number, string>> {
  const routes = new Map<number, string>();
  if (trainIds.length === 0) return routes;
  const stops = await getDb()
    .select({ trainId: trainStops.trainId, code: trainStops.stationCode })
    .from(trainStops)
    .where(inArray(trainStops.trainId, trainIds))
    .orderBy(asc(trainStops.trainId), asc(trainStops.seq));
  for (const s of stops) {
    const before = routes.get(s.trainId);
    routes.set(s.trainId, before ? `${before} → ${s.code}` : s.code);
  }
  return routes;
}

export async function trainsPage(view: TrainView): Promise<TablePage<TrainRow>> {
  const { rows, total } = await query(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE);
  return { rows, total, page: view.page, pageSize: PAGE_SIZE };
}

export async function trainsExport(view: TrainView): Promise<TrainRow[]> {
  return (await query(view, EXPORT_LIMIT, 0)).rows;
}

/** A train with its stops and coaches, for its edit page; null when unknown. */
export async function trainDetail(trainId: number) {
  const db = getDb();
  const [train] = await db.select().from(trains).where(eq(trains.id, trainId)).limit(1);
  if (!train) return null;
  const stops: (StopLine & { name: string })[] = await db
    .select({
      stationCode: trainStops.stationCode,
      name: stations.name,
      seq: trainStops.seq,
      dayOffset: trainStops.dayOffset,
      arriveMinute: trainStops.arriveMinute,
      departMinute: trainStops.departMinute,
    })
    .from(trainStops)
    .innerJoin(stations, eq(stations.code, trainStops.stationCode))
    .where(eq(trainStops.trainId, trainId))
    .orderBy(asc(trainStops.seq));
  const coaches: (CoachLine & { seatCount: number; pattern: string })[] = await db
    .select({
      seq: trainCoaches.seq,
      code: trainCoaches.code,
      seatClass: trainCoaches.seatClass,
      subClass: trainCoaches.subClass,
      layoutCode: trainCoaches.layoutCode,
      seatCount: seatLayouts.seatCount,
      pattern: seatLayouts.pattern,
    })
    .from(trainCoaches)
    .innerJoin(seatLayouts, eq(seatLayouts.code, trainCoaches.layoutCode))
    .where(eq(trainCoaches.trainId, trainId))
    .orderBy(asc(trainCoaches.seq));
  return { train, stops, coaches, sold: await soldOnOpenTrips(trainId) };
}

/** The coach layouts a composition may use (what the seat maps draw). */
export async function layouts() {
  return getDb().select().from(seatLayouts).orderBy(asc(seatLayouts.code));
}

export type TrainRefusal =
  | 'train_exists'
  | 'train_not_found'
  | 'train_has_sold_bookings'
  | 'train_has_bookings'
  | 'station_unknown'
  | 'layout_unknown'
  | 'layout_class_mismatch'
  | 'coach_in_use'
  | 'coach_has_sold_seats'
  | StopProblemCode
  | CoachProblemCode;
type Result = { ok: true; id?: number } | { ok: false; code: TrainRefusal; line?: number };
const refuse = refuser<TrainRefusal>();

/** Adds a train (no stops or coaches yet: it runs only once both are saved and trips generated). */
export async function createTrain(
  actorUserId: number,
  input: z.output<typeof TrainSchema>,
): Promise<Result> {
  return transact<Result>(
    async (tx) => {
      const [created] = await tx
        .insert(trains)
        .values({ ...input, active: false })
        .returning({ id: trains.id });
      const id = created!.id;
      await recordAudit(tx, {
        actorUserId,
        action: 'train.create',
        subject: `train:${id}`,
        after: input,
      });
      return { ok: true, id };
    },
    { onUniqueViolation: 'train_exists' },
  );
}

/**
 * Renames a train or takes it out of service. Taking out a train whose open trips carry sold or
 * held bookings is refused: cancel those trips first (which refunds the passengers).
 */
export async function updateTrain(
  actorUserId: number,
  input: z.output<typeof TrainUpdateSchema>,
): Promise<Result> {
  return transact<Result>(async (tx) => {
    const [before] = await tx.select().from(trains).where(eq(trains.id, input.trainId)).limit(1);
    if (!before) return refuse('train_not_found');
    if (before.active && !input.active && (await soldOnOpenTrips(input.trainId)) > 0)
      return refuse('train_has_sold_bookings');
    await tx
      .update(trains)
      .set({ name: input.name, active: input.active })
      .where(eq(trains.id, input.trainId));
    await recordAudit(tx, {
      actorUserId,
      action: 'train.update',
      subject: `train:${input.trainId}`,
      before: { name: before.name, active: before.active },
      after: { name: input.name, active: input.active },
    });
    return { ok: true };
  });
}

const stopKey = (s: StopLine) => `${s.seq}:${s.stationCode}`;
const timeKey = (s: StopLine) => `${s.arriveMinute}:${s.departMinute}`;

/**
 * Replaces a train's stops. Bookings name their journey by stop numbers, so once a train has ever
 * been booked its station list is history and cannot change (a new route is a new train number);
 * its times cannot change while open trips carry sold or held bookings (the passengers were sold
 * those times: cancel the trips, then change).
 */
export async function saveStops(
  actorUserId: number,
  trainId: number,
  text: string,
): Promise<Result> {
  const parsed = parseStops(text);
  if (!parsed.ok) return { ok: false, code: parsed.problem.code, line: parsed.problem.line };
  return transact<Result>(async (tx) => {
    if (!(await trainExists(tx, trainId))) return refuse('train_not_found');
    const next = parsed.stops;
    const known = await tx
      .select({ code: stations.code })
      .from(stations)
      .where(
        inArray(
          stations.code,
          next.map((s) => s.stationCode),
        ),
      );
    if (known.length !== next.length) return refuse('station_unknown');
    const before = await stopsOf(tx, trainId);
    const sameStations =
      before.length === next.length && before.every((s, i) => stopKey(s) === stopKey(next[i]!));
    const sameTimes = sameStations && before.every((s, i) => timeKey(s) === timeKey(next[i]!));
    if (sameTimes) return { ok: true };
    if (!sameStations && (await everBooked(trainId))) return refuse('train_has_bookings');
    if ((await soldOnOpenTrips(trainId)) > 0) return refuse('train_has_sold_bookings');
    await tx.delete(trainStops).where(eq(trainStops.trainId, trainId));
    await tx.insert(trainStops).values(next.map((s) => ({ ...s, trainId })));
    await recordAudit(tx, {
      actorUserId,
      action: 'train.stops',
      subject: `train:${trainId}`,
      before: before.map(compactStop),
      after: next.map(compactStop),
    });
    return { ok: true };
  });
}

const compactStop = (s: StopLine) => [s.stationCode, s.arriveMinute, s.departMinute];

async function trainExists(tx: Tx, trainId: number): Promise<boolean> {
  const [found] = await tx
    .select({ id: trains.id })
    .from(trains)
    .where(eq(trains.id, trainId))
    .limit(1);
  return !!found;
}

function stopsOf(tx: Tx, trainId: number): Promise<StopLine[]> {
  return tx
    .select({
      stationCode: trainStops.stationCode,
      seq: trainStops.seq,
      dayOffset: trainStops.dayOffset,
      arriveMinute: trainStops.arriveMinute,
      departMinute: trainStops.departMinute,
    })
    .from(trainStops)
    .where(eq(trainStops.trainId, trainId))
    .orderBy(asc(trainStops.seq));
}

/**
 * Replaces a train's coach composition, matching coaches by code. A coach any passenger ever sat in
 * stays (tickets and history point at it); one whose seats are sold on open trips keeps its class
 * and layout (the seat map of those passengers must not change under them).
 */
export async function saveCoaches(
  actorUserId: number,
  trainId: number,
  text: string,
): Promise<Result> {
  const parsed = parseCoaches(text);
  if (!parsed.ok) return { ok: false, code: parsed.problem.code, line: parsed.problem.line };
  return transact<Result>(async (tx) => {
    if (!(await trainExists(tx, trainId))) return refuse('train_not_found');
    const next = parsed.coaches;
    const layoutRows = await tx.select().from(seatLayouts);
    for (const [i, c] of next.entries()) {
      const layout = layoutRows.find((l) => l.code === c.layoutCode);
      if (!layout) return refuse('layout_unknown', { line: i + 1 });
      if (layout.seatClass !== c.seatClass) return refuse('layout_class_mismatch', { line: i + 1 });
    }
    const before = await tx
      .select()
      .from(trainCoaches)
      .where(eq(trainCoaches.trainId, trainId))
      .orderBy(asc(trainCoaches.seq));
    for (const old of before) {
      const kept = next.find((c) => c.code === old.code);
      const [used] = await tx
        .select({ id: bookingPassengers.id })
        .from(bookingPassengers)
        .where(eq(bookingPassengers.coachId, old.id))
        .limit(1);
      if (!kept && used) return refuse('coach_in_use', { line: 0 });
      const reshaped =
        kept && (kept.seatClass !== old.seatClass || kept.layoutCode !== old.layoutCode);
      if (reshaped && (await soldOnOpenTrips(trainId, old.id)) > 0)
        return refuse('coach_has_sold_seats', { line: kept.seq });
    }
    // Move existing coaches out of the way of the (train, seq) unique index, then place them.
    await tx
      .update(trainCoaches)
      .set({ seq: sql`-${trainCoaches.seq}` })
      .where(eq(trainCoaches.trainId, trainId));
    for (const old of before)
      if (!next.some((c) => c.code === old.code))
        await tx.delete(trainCoaches).where(eq(trainCoaches.id, old.id));
    for (const c of next) {
      const old = before.find((o) => o.code === c.code);
      if (old) await tx.update(trainCoaches).set(c).where(eq(trainCoaches.id, old.id));
      else await tx.insert(trainCoaches).values({ ...c, trainId });
    }
    const compact = (c: CoachLine) => [c.code, c.seatClass, c.subClass, c.layoutCode];
    await recordAudit(tx, {
      actorUserId,
      action: 'train.coaches',
      subject: `train:${trainId}`,
      before: before.map(compact),
      after: next.map(compact),
    });
    return { ok: true };
  });
}
