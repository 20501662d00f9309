import 'server-only';
import { asc, count, desc, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { stations, trainStops, fares } from '@/db/schema';
import { refuser, transact } from '@/lib/transaction';
import { recordAudit } from './audit';
import { contains } from './sql';
import { EXPORT_LIMIT, PAGE_SIZE, type TablePage, type TableView } from './table-params';

export const StationSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,4}$/, { error: 'station_code_format' }),
  name: z.string().trim().min(3, { error: 'name_short' }).max(60, { error: 'name_long' }),
  city: z.string().trim().min(3, { error: 'name_short' }).max(60, { error: 'name_long' }),
});
export type StationInput = z.output<typeof StationSchema>;

export const STATION_SORTS = ['code', 'name', 'city'] as const;
export const STATION_FILTERS = ['q'] as const;
export type StationView = TableView<
  (typeof STATION_SORTS)[number],
  (typeof STATION_FILTERS)[number]
>;
export type StationRow = { code: string; name: string; city: string; trains: number };

function query(view: StationView, limit: number, offset: number) {
  const q = view.filters.q;
  const where = q
    ? or(contains(stations.code, q), contains(stations.name, q), contains(stations.city, q))
    : undefined;
  const column = { code: stations.code, name: stations.name, city: stations.city }[view.sort];
  const db = getDb();
  const rows = db
    .select({
      code: stations.code,
      name: stations.name,
      city: stations.city,
      trains: db.$count(trainStops, eq(trainStops.stationCode, stations.code)),
    })
    .from(stations)
    .where(where)
    .orderBy(view.dir === 'asc' ? asc(column) : desc(column))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(stations).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** One page of stations with how many trains stop there. */
export function stationsPage(view: StationView): TablePage<StationRow> {
  const { rows, total } = query(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE);
  return { rows, total, page: view.page, pageSize: PAGE_SIZE };
}

export function stationsExport(view: StationView): StationRow[] {
  return query(view, EXPORT_LIMIT, 0).rows;
}

export type StationRefusal = 'station_exists' | 'station_not_found' | 'station_in_use';
const refuse = refuser<StationRefusal>();
type Result = { ok: true } | { ok: false; code: StationRefusal };

/** Adds a station; its code is its identity and cannot be taken twice. */
export function createStation(actorUserId: number, input: StationInput): Result {
  return transact<Result>(
    (tx) => {
      tx.insert(stations).values(input).run();
      recordAudit(tx, {
        actorUserId,
        action: 'station.create',
        subject: `station:${input.code}`,
        after: input,
      });
      return { ok: true };
    },
    { onUniqueViolation: 'station_exists' },
  );
}

/** Renames a station (name, city); the code stays, as every stop, fare and ticket uses it. */
export function updateStation(actorUserId: number, input: StationInput): Result {
  return transact((tx) => {
    const before = tx.select().from(stations).where(eq(stations.code, input.code)).get();
    if (!before) return refuse('station_not_found');
    tx.update(stations)
      .set({ name: input.name, city: input.city })
      .where(eq(stations.code, input.code))
      .run();
    recordAudit(tx, {
      actorUserId,
      action: 'station.update',
      subject: `station:${input.code}`,
      before,
      after: input,
    });
    return { ok: true };
  });
}

/** Removes a station that no train stops at and no fare names. */
export function deleteStation(actorUserId: number, code: string): Result {
  return transact((tx) => {
    const before = tx.select().from(stations).where(eq(stations.code, code)).get();
    if (!before) return refuse('station_not_found');
    const used =
      tx
        .select({ id: trainStops.id })
        .from(trainStops)
        .where(eq(trainStops.stationCode, code))
        .get() ??
      tx
        .select({ id: fares.id })
        .from(fares)
        .where(or(eq(fares.originCode, code), eq(fares.destinationCode, code)))
        .get();
    if (used) return refuse('station_in_use');
    tx.delete(stations).where(eq(stations.code, code)).run();
    recordAudit(tx, { actorUserId, action: 'station.delete', subject: `station:${code}`, before });
    return { ok: true };
  });
}

/** One station by code (upper-cased), or null. */
export function stationByCode(code: string): StationInput | null {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2,4}$/.test(upper)) return null;
  return (
    getDb()
      .select({ code: stations.code, name: stations.name, city: stations.city })
      .from(stations)
      .where(eq(stations.code, upper))
      .get() ?? null
  );
}
