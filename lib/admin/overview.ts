import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { addDays, wibDate, wibInstant } from '@/lib/dates';
import { now } from '@/lib/clock';

/** The WIB date of an epoch-ms column, in SQL. */
const dayOf = (column: string) => sql.raw(`date((${column} + 25200000) / 1000, 'unixepoch')`);

export type TodayFigures = {
  ticketsSold: number;
  revenue: number;
  topUps: number;
  topUpCount: number;
  refunds: number;
  activeWallets: number;
};

/** Today's figures (WIB day): tickets and revenue of bookings paid today, top-ups, refunds. */
export function todayFigures(): TodayFigures {
  const db = getDb();
  const start = wibInstant(wibDate(now()), 0, 0);
  const end = start + 86_400_000;
  const sales = db.get<{ tickets: number; revenue: number }>(sql`
    select coalesce(sum(adults + infants), 0) as tickets, coalesce(sum(total), 0) as revenue
    from bookings where paid_at >= ${start} and paid_at < ${end}`)!;
  const topUps = db.get<{ total: number; n: number }>(sql`
    select coalesce(sum(amount), 0) as total, count(*) as n from ledger_transfers
    where kind = 'topup' and created_at >= ${start} and created_at < ${end}`)!;
  const refunds = db.get<{ total: number }>(sql`
    select coalesce(sum(amount), 0) as total from booking_refunds where created_at >= ${start} and created_at < ${end}`)!;
  const wallets = db.get<{ n: number }>(
    sql`select count(*) as n from wallets where step = 'active'`,
  )!;
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

/** Sales, top-ups and refunds per WIB day for the last `days` days (today included), zeros filled. */
export function dailySeries(days = 30): DailySeries {
  const db = getDb();
  const today = wibDate(now());
  const first = addDays(today, -(days - 1));
  const since = wibInstant(first, 0, 0);
  const read = (query: ReturnType<typeof sql>) => {
    const rows = new Map(db.all<{ d: string; v: number }>(query).map((r) => [r.d, r.v] as const));
    return Array.from({ length: days }, (_, i) => {
      const date = addDays(first, i);
      return { date, value: rows.get(date) ?? 0 };
    });
  };
  return {
    sales: read(sql`select ${dayOf('paid_at')} as d, sum(total) as v from bookings
      where paid_at >= ${since} group by d`),
    topUps: read(sql`select ${dayOf('created_at')} as d, sum(amount) as v from ledger_transfers
      where kind = 'topup' and created_at >= ${since} group by d`),
    refunds: read(sql`select ${dayOf('created_at')} as d, sum(amount) as v from booking_refunds
      where created_at >= ${since} group by d`),
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
 */
export function occupancyNext7Days(limit = 50): TrainOccupancy[] {
  const today = wibDate(now());
  return getDb().all<TrainOccupancy>(sql`
    with open_trips as (
      select tr.id, tr.train_id from trips tr
      where tr.service_date between ${today} and ${addDays(today, 6)} and tr.status = 'scheduled'
    ), shape as (
      select t.id as train_id,
        (select count(*) - 1 from train_stops s where s.train_id = t.id) as segments,
        (select coalesce(sum(l.seat_count), 0) from train_coaches c join seat_layouts l on l.code = c.layout_code where c.train_id = t.id) as seats
      from trains t
    )
    select t.id as trainId, t.number, t.name, count(distinct o.id) as trips,
      coalesce(cast((select count(*) from seat_segments ss where ss.trip_id in (select id from open_trips where train_id = t.id)) as real)
        / nullif(count(distinct o.id) * shape.segments * shape.seats, 0), 0) as occupancy
    from open_trips o join trains t on t.id = o.train_id join shape on shape.train_id = t.id
    group by t.id order by occupancy desc, cast(t.number as integer) limit ${limit}`);
}

/** Counts for the admin home header (kept from the first dashboard). */
export function adminOverview() {
  const db = getDb();
  const today = wibDate(now());
  const n = (q: ReturnType<typeof sql>) => db.get<{ n: number }>(q)?.n ?? 0;
  return {
    passengers: n(sql`select count(*) as n from users where role = 'passenger'`),
    trains: n(sql`select count(*) as n from trains where active = 1`),
    stations: n(sql`select count(*) as n from stations`),
    tripsNext7Days: n(sql`select count(*) as n from trips where service_date between ${today}
      and ${addDays(today, 6)} and status = 'scheduled'`),
  };
}
