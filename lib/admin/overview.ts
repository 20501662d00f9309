import 'server-only';
import { and, between, count, eq, sql } from 'drizzle-orm';
import { getDb, row, rows } from '@/db';
import { stations, trains, trips, users } from '@/db/schema';
import { addDays, wibDate, wibInstant } from '@/lib/dates';
import { now } from '@/lib/clock';

const DAY_MS = 86_400_000;

export type TodayFigures = {
  ticketsSold: number;
  revenue: number;
  topUps: number;
  topUpCount: number;
  refunds: number;
  activeWallets: number;
};

/** Today's figures (WIB day): tickets and revenue of bookings paid today, top-ups, refunds. */
export async function todayFigures(): Promise<TodayFigures> {
  const start = wibInstant(wibDate(now()), 0, 0);
  const end = start + DAY_MS;
  const sales = (await row<{ tickets: number; revenue: number }>(sql`
    select coalesce(sum(adults + infants), 0) as tickets, coalesce(sum(total), 0) as revenue
    from bookings where paid_at >= ${start} and paid_at < ${end}`))!;
  const topUps = (await row<{ total: number; n: number }>(sql`
    select coalesce(sum(amount), 0) as total, count(*) as n from ledger_transfers
    where kind = 'topup' and created_at >= ${start} and created_at < ${end}`))!;
  const refunds = (await row<{ total: number }>(sql`
    select coalesce(sum(amount), 0) as total from booking_refunds where created_at >= ${start} and created_at < ${end}`))!;
  const wallets = (await row<{ n: number }>(
    sql`select count(*) as n from wallets where step = 'active'`,
  ))!;
  return {
    ticketsSold: sales.tickets,
    revenue: sales.revenue,
    topUps: topUps.total,
    topUpCount: topUps.n,
    refunds: refunds.total,
    activeWallets: wallets.n,
  };
}

export type DailyPoint = { date: string; value: number };
export type DailySeries = { sales: DailyPoint[]; topUps: DailyPoint[]; refunds: DailyPoint[] };

/**
 * The day number (0 = the series' first WIB day) of an epoch-ms column, in SQL; the day becomes a
 * date in JS, because the two engines have no date function in common. Every operand is an integer
 * so `/` truncates alike on both: the bound start is cast, since better-sqlite3 binds a JS number
 * as a float (and float division would leave fractions of days).
 */
const dayIndex = (column: string, since: number) =>
  sql`(${sql.raw(column)} - cast(${since} as bigint)) / ${sql.raw(String(DAY_MS))}`;

/** Sales, top-ups and refunds per WIB day for the last `days` days (today included), zeros filled. */
export async function dailySeries(days = 30): Promise<DailySeries> {
  const first = addDays(wibDate(now()), -(days - 1));
  const since = wibInstant(first, 0, 0);
  const read = async (query: ReturnType<typeof sql>) => {
    const totals = new Map(
      (await rows<{ d: number; v: number }>(query)).map((r) => [Number(r.d), Number(r.v)] as const),
    );
    return Array.from({ length: days }, (_, i) => ({
      date: addDays(first, i),
      value: totals.get(i) ?? 0,
    }));
  };
  return {
    sales: await read(sql`select ${dayIndex('paid_at', since)} as d, sum(total) as v from bookings
      where paid_at >= ${since} group by d`),
    topUps: await read(sql`select ${dayIndex('created_at', since)} as d, sum(amount) as v
      from ledger_transfers where kind = 'topup' and created_at >= ${since} group by d`),
    refunds: await read(sql`select ${dayIndex('created_at', since)} as d, sum(amount) as v
      from booking_refunds where created_at >= ${since} group by d`),
  };
}

export type TrainOccupancy = {
  trainId: number;
  number: string;
  name: string;
  trips: number;
  /** Seat-segments sold or held over seat-segments offered, 0..1. */
  occupancy: number;
};

/**
 * Occupancy per train over its scheduled trips today..H+6: sold seat-segments (from the segment
 * index) over the seats times segments offered, so a seat sold on half the route counts half.
 * SQL counts; the ratio and the order are computed here (no float division or cast in SQL).
 */
export async function occupancyNext7Days(limit = 50): Promise<TrainOccupancy[]> {
  const today = wibDate(now());
  const last = addDays(today, 6);
  const open = (trip: string) =>
    sql`${sql.raw(trip)}.service_date between ${today} and ${last} and ${sql.raw(trip)}.status = 'scheduled'`;
  const perTrain = await rows<{
    trainId: number;
    number: string;
    name: string;
    trips: number;
    segments: number;
    seats: number;
    sold: number;
  }>(sql`
    select t.id as "trainId", t.number, t.name, count(*) as trips,
      (select count(*) - 1 from train_stops s where s.train_id = t.id) as segments,
      (select coalesce(sum(l.seat_count), 0) from train_coaches c
        join seat_layouts l on l.code = c.layout_code where c.train_id = t.id) as seats,
      (select count(*) from seat_segments ss join trips o on o.id = ss.trip_id
        where o.train_id = t.id and ${open('o')}) as sold
    from trips tr join trains t on t.id = tr.train_id
    where ${open('tr')}
    group by t.id, t.number, t.name`);
  return perTrain
    .map((r) => {
      const offered = Number(r.trips) * Number(r.segments) * Number(r.seats);
      return {
        trainId: r.trainId,
        number: r.number,
        name: r.name,
        trips: Number(r.trips),
        occupancy: offered > 0 ? Number(r.sold) / offered : 0,
      };
    })
    .sort((a, b) => b.occupancy - a.occupancy || byTrainNumber(a.number, b.number))
    .slice(0, limit);
}

/** Train numbers in numeric order (2 before 10), a letter suffix after the plain number. */
function byTrainNumber(a: string, b: string): number {
  return parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Counts for the admin home header (kept from the first dashboard). */
export async function adminOverview() {
  const db = getDb();
  const today = wibDate(now());
  const [passengers] = await db
    .select({ n: count() })
    .from(users)
    .where(eq(users.role, 'passenger'));
  const [active] = await db.select({ n: count() }).from(trains).where(eq(trains.active, true));
  const [stationCount] = await db.select({ n: count() }).from(stations);
  const [upcoming] = await db
    .select({ n: count() })
    .from(trips)
    .where(
      and(between(trips.serviceDate, today, addDays(today, 6)), eq(trips.status, 'scheduled')),
    );
  return {
    passengers: passengers?.n ?? 0,
    trains: active?.n ?? 0,
    stations: stationCount?.n ?? 0,
    tripsNext7Days: upcoming?.n ?? 0,
  };
}
