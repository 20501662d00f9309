import 'server-only';
import { count, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { stations, trainStops, fares } from '@/db/schema';
import { refuser, transact } from '@/lib/transaction';
import { recordAudit } from './audit';
import { contains, sortBy } from './sql';
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

async function query(view: StationView, limit: number, offset: number) {
  const q = view.filters.q;
  const where = q
    ? or(contains(stations.code, q), contains(stations.name, q), contains(stations.city, q))
    : undefined;
  const column = { code: stations.code, name: stations.name, city: stations.city }[view.sort];
  const db = getDb();
  const rows = await db
    .select({
      code: stations.code,
      name: stations.name,
      city: stations.city,
      trains: db.$count(trainStops, eq(trainStops.stationCode, stations.code)),
    })
    .from(stations)
    .where(where)
    .orderBy(sortBy(column, view.dir))
    .limit(limit)
    .offset(offset);
  const [counted] = await db.select({ n: count() }).from(stations).where(where);
  return { rows, total: counted?.n ?? 0 };
}

/** One page of stations with how many trains stop there. */
export async function stationsPage(view: StationView): Promise<TablePage<StationRow>> {
  const { rows, total } = await query(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE);
  return { rows, total, page: view.page, pageSize: PAGE_SIZE };
}

export async function stationsExport(view: StationView): Promise<StationRow[]> {
  return (await query(view, EXPORT_LIMIT, 0)).rows;
}

export type StationRefusal = 'station_exists' | 'station_not_found' | 'station_in_use';
const refuse = refuser<StationRefusal>();
type Result = { ok: true } | { ok: false; code: StationRefusal };

/** Adds a station; its code is its identity and cannot be taken twice. */
export async function createStation(actorUserId: number, input: StationInput): Promise<Result> {
  return transact<Result>(
    async (tx) => {
      await tx.insert(stations).values(input);
      await recordAudit(tx, {
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
export async function updateStation(actorUserId: number, input: StationInput): Promise<Result> {
  return transact(async (tx) => {
    const [before] = await tx.select().from(stations).where(eq(stations.code, input.code)).limit(1);
    if (!before) return refuse('station_not_found');
    await tx
      .update(stations)
      .set({ name: input.name, city: input.city })
      .where(eq(stations.code, input.code));
    await recordAudit(tx, {
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
export async function deleteStation(actorUserId: number, code: string): Promise<Result> {
  return transact(async (tx) => {
    const [before] = await tx.select().from(stations).where(eq(stations.code, code)).limit(1);
    if (!before) return refuse('station_not_found');
    const [stop] = await tx
      .select({ id: trainStops.id })
      .from(trainStops)
      .where(eq(trainStops.stationCode, code))
      .limit(1);
    const [fare] = await tx
      .select({ id: fares.id })
      .from(fares)
      .where(or(eq(fares.originCode, code), eq(fares.destinationCode, code)))
      .limit(1);
    if (stop || fare) return refuse('station_in_use');
    await tx.delete(stations).where(eq(stations.code, code));
    await recordAudit(tx, {
      actorUserId,
      action: 'station.delete',
      subject: `station:${code}`,
      before,
    });
    return { ok: true };
  });
}

/** One station by code (upper-cased), or null. */
export async function stationByCode(code: string): Promise<StationInput | null> {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2,4}$/.test(upper)) return null;
  const [found] = await getDb()
    .select({ code: stations.code, name: stations.name, city: stations.city })
    .from(stations)
    .where(eq(stations.code, upper))
    .limit(1);
  return found ?? null;
}
