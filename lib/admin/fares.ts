import 'server-only';
import { and, asc, count, eq, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { fares, SEAT_CLASSES, trainCoaches, trainStops, trains } from '@/db/schema';
import { now } from '@/lib/clock';
import { addDays, isIsoDate, wibDate } from '@/lib/dates';
import { refuser, transact } from '@/lib/transaction';
import { recordAudit } from './audit';
import { sortBy, trainNumberValue } from './sql';
import { EXPORT_LIMIT, PAGE_SIZE, type TablePage, type TableView } from './table-params';

const isoDate = z.string().refine(isIsoDate, { error: 'date_invalid' });

export const FareSchema = z
  .object({
    trainNumber: z.string().trim().min(1, { error: 'train_number_format' }).max(6),
    seatClass: z.enum(SEAT_CLASSES, { error: 'class_unknown' }),
    subClass: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]$/, { error: 'sub_class_format' }),
    origin: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2,4}$/, { error: 'station_code_format' }),
    destination: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2,4}$/, { error: 'station_code_format' }),
    price: z.coerce
      .number({ error: 'price_invalid' })
      .int({ error: 'price_invalid' })
      .min(1_000, { error: 'price_invalid' })
      .max(50_000_000, { error: 'price_invalid' }),
    effectiveFrom: isoDate,
    effectiveTo: z.union([z.literal('').transform(() => null), isoDate]),
  })
  .refine((f) => f.origin !== f.destination, { error: 'same_station', path: ['destination'] })
  .refine((f) => f.effectiveTo === null || f.effectiveTo >= f.effectiveFrom, {
    error: 'date_order',
    path: ['effectiveTo'],
  });
export type FareInput = z.output<typeof FareSchema>;

export const FARE_SORTS = ['train', 'origin', 'price', 'effectiveFrom'] as const;
export const FARE_FILTERS = ['train', 'cls', 'origin', 'destination', 'on'] as const;
export type FareView = TableView<(typeof FARE_SORTS)[number], (typeof FARE_FILTERS)[number]>;
export type FareRow = {
  id: number;
  train: string;
  trainName: string;
  seatClass: string;
  subClass: string;
  origin: string;
  destination: string;
  price: number;
  effectiveFrom: string;
  effectiveTo: string | null;
};

function where(view: FareView): SQL | undefined {
  const f = view.filters;
  const on = f.on && isIsoDate(f.on) ? f.on : undefined;
  return and(
    f.train ? eq(trains.number, f.train) : undefined,
    f.cls ? eq(fares.seatClass, f.cls as (typeof SEAT_CLASSES)[number]) : undefined,
    f.origin ? eq(fares.originCode, f.origin.toUpperCase()) : undefined,
    f.destination ? eq(fares.destinationCode, f.destination.toUpperCase()) : undefined,
    on
      ? sql`${fares.effectiveFrom} <= ${on} and (${fares.effectiveTo} is null or ${fares.effectiveTo} >= ${on})`
      : undefined,
  );
}

async function query(view: FareView, limit: number, offset: number) {
  const db = getDb();
  const column = {
    train: trainNumberValue(trains.number),
    origin: fares.originCode,
    price: fares.price,
    effectiveFrom: fares.effectiveFrom,
  }[view.sort];
  const rows = await db
    .select({
      id: fares.id,
      train: trains.number,
      trainName: trains.name,
      seatClass: fares.seatClass,
      subClass: fares.subClass,
      origin: fares.originCode,
      destination: fares.destinationCode,
      price: fares.price,
      effectiveFrom: fares.effectiveFrom,
      effectiveTo: fares.effectiveTo,
    })
    .from(fares)
    .innerJoin(trains, eq(trains.id, fares.trainId))
    .where(where(view))
    .orderBy(sortBy(column, view.dir), asc(fares.id))
    .limit(limit)
    .offset(offset);
  const [counted] = await db
    .select({ n: count() })
    .from(fares)
    .innerJoin(trains, eq(trains.id, fares.trainId))
    .where(where(view));
  return { rows, total: counted?.n ?? 0 };
}

export async function faresPage(view: FareView): Promise<TablePage<FareRow>> {
  const { rows, total } = await query(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE);
  return { rows, total, page: view.page, pageSize: PAGE_SIZE };
}

export async function faresExport(view: FareView): Promise<FareRow[]> {
  return (await query(view, EXPORT_LIMIT, 0)).rows;
}

export type FareRefusal =
  'train_not_found' | 'fare_not_on_route' | 'class_not_on_train' | 'fare_in_past' | 'fare_overlap';
const refuse = refuser<FareRefusal>();

/**
 * Adds a price for a class between two stops of a train from a service date on. A price already
 * in force with no end is closed the day before (the usual "new fare from date X"); any other
 * overlap is refused. Sold bookings keep the fare they were sold at (it is on the booking), so a
 * new price never changes what a passenger paid; it cannot start in the past for the same reason.
 */
export async function addFare(
  actorUserId: number,
  input: FareInput,
): Promise<{ ok: true } | { ok: false; code: FareRefusal }> {
  return transact(async (tx) => {
    if (input.effectiveFrom < wibDate(now())) return refuse('fare_in_past');
    const [train] = await tx
      .select({ id: trains.id })
      .from(trains)
      .where(eq(trains.number, input.trainNumber))
      .limit(1);
    if (!train) return refuse('train_not_found');
    const seqOf = async (code: string) =>
      (
        await tx
          .select({ seq: trainStops.seq })
          .from(trainStops)
          .where(and(eq(trainStops.trainId, train.id), eq(trainStops.stationCode, code)))
          .limit(1)
      )[0]?.seq;
    const o = await seqOf(input.origin);
    const d = await seqOf(input.destination);
    if (o === undefined || d === undefined || d <= o) return refuse('fare_not_on_route');
    const [coach] = await tx
      .select({ id: trainCoaches.id })
      .from(trainCoaches)
      .where(
        and(
          eq(trainCoaches.trainId, train.id),
          eq(trainCoaches.seatClass, input.seatClass),
          eq(trainCoaches.subClass, input.subClass),
        ),
      )
      .limit(1);
    if (!coach) return refuse('class_not_on_train');
    const same = and(
      eq(fares.trainId, train.id),
      eq(fares.seatClass, input.seatClass),
      eq(fares.subClass, input.subClass),
      eq(fares.originCode, input.origin),
      eq(fares.destinationCode, input.destination),
    );
    const [open] = await tx
      .select()
      .from(fares)
      .where(and(same, isNull(fares.effectiveTo), lt(fares.effectiveFrom, input.effectiveFrom)))
      .limit(1);
    if (open)
      await tx
        .update(fares)
        .set({ effectiveTo: addDays(input.effectiveFrom, -1) })
        .where(eq(fares.id, open.id));
    const [clash] = await tx
      .select({ id: fares.id })
      .from(fares)
      .where(
        and(
          same,
          sql`${fares.effectiveFrom} <= ${input.effectiveTo ?? '9999-12-31'}`,
          sql`coalesce(${fares.effectiveTo}, '9999-12-31') >= ${input.effectiveFrom}`,
        ),
      )
      .limit(1);
    if (clash) return refuse('fare_overlap');
    const row = {
      trainId: train.id,
      seatClass: input.seatClass,
      subClass: input.subClass,
      originCode: input.origin,
      destinationCode: input.destination,
      price: input.price,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo,
    };
    const [added] = await tx.insert(fares).values(row).returning({ id: fares.id });
    const id = added!.id;
    await recordAudit(tx, {
      actorUserId,
      action: 'fare.add',
      subject: `fare:${id}`,
      before: open ? { id: open.id, price: open.price, effectiveTo: null } : undefined,
      after: {
        ...row,
        train: input.trainNumber,
        closedPrevious: open ? addDays(input.effectiveFrom, -1) : null,
      },
    });
    return { ok: true };
  });
}
