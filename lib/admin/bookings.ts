import 'server-only';
import { and, count, desc, eq, exists, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  bookingPassengers,
  bookings,
  stations,
  trainStops,
  trains,
  trips,
  users,
  type BookingStatus,
  BOOKING_STATUSES,
} from '@/db/schema';
import { normalizePhone } from '@/lib/identity/phone';
import { maskPhone } from './mask';
import { contains, sortBy } from './sql';
import { EXPORT_LIMIT, PAGE_SIZE, type TablePage, type TableView } from './table-params';

export const BOOKING_SORTS = ['createdAt', 'departsAt', 'total', 'code'] as const;
export const BOOKING_FILTERS = ['q', 'status'] as const;
export type BookingView = TableView<
  (typeof BOOKING_SORTS)[number],
  (typeof BOOKING_FILTERS)[number]
>;

export type AdminBookingRow = {
  code: string;
  status: BookingStatus;
  total: number;
  departsAt: number;
  createdAt: number;
  train: string;
  route: string;
  holder: string;
  email: string;
  phone: string;
  passengers: number;
};

const origin = sql<string>`(select s.station_code from train_stops s where s.train_id = ${trips.trainId} and s.seq = ${bookings.originSeq})`;
const destination = sql<string>`(select s.station_code from train_stops s where s.train_id = ${trips.trainId} and s.seq = ${bookings.destinationSeq})`;

/**
 * What the search box matches: the booking code, a passenger's name or ID number (NIK/passport),
 * or the contact's or account's phone (typed as 0812…, +62812… or 62812…). Literal, case-insensitive.
 */
function where(view: BookingView): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  const q = view.filters.q;
  if (q) {
    const phone = normalizePhone(q);
    const passenger = getDb()
      .select({ one: sql`1` })
      .from(bookingPassengers)
      .where(
        and(
          eq(bookingPassengers.bookingId, bookings.id),
          or(
            contains(bookingPassengers.name, q),
            eq(bookingPassengers.idNumber, q.replace(/\s/g, '')),
          ),
        ),
      );
    parts.push(
      or(
        eq(bookings.code, q.toUpperCase()),
        exists(passenger),
        contains(bookings.contactName, q),
        phone ? or(eq(bookings.contactPhone, phone), eq(users.phone, phone)) : undefined,
        contains(users.email, q),
      ),
    );
  }
  const status = view.filters.status;
  if (status && (BOOKING_STATUSES as readonly string[]).includes(status))
    parts.push(eq(bookings.status, status as BookingStatus));
  return and(...parts);
}

async function select(
  view: BookingView,
  limit: number,
  offset: number,
): Promise<AdminBookingRow[]> {
  const column = {
    createdAt: bookings.id,
    departsAt: bookings.departsAt,
    total: bookings.total,
    code: bookings.code,
  }[view.sort];
  const db = getDb();
  const found = await db
    .select({
      code: bookings.code,
      status: bookings.status,
      total: bookings.total,
      departsAt: bookings.departsAt,
      createdAt: bookings.createdAt,
      train: sql<string>`${trains.name} || ' ' || ${trains.number}`,
      route: sql<string>`${origin} || ' → ' || ${destination}`,
      holder: bookings.contactName,
      email: users.email,
      phone: users.phone,
      passengers: db.$count(bookingPassengers, eq(bookingPassengers.bookingId, bookings.id)),
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .innerJoin(trips, eq(trips.id, bookings.tripId))
    .innerJoin(trains, eq(trains.id, trips.trainId))
    .where(where(view))
    .orderBy(sortBy(column, view.dir), desc(bookings.id))
    .limit(limit)
    .offset(offset);
  return found.map((r) => ({ ...r, phone: maskPhone(r.phone) }));
}

/** One page of bookings matching the search, newest first by default. */
export async function bookingsPage(view: BookingView): Promise<TablePage<AdminBookingRow>> {
  const [counted] = await getDb()
    .select({ n: count() })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .where(where(view));
  return {
    rows: await select(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE),
    total: counted?.n ?? 0,
    page: view.page,
    pageSize: PAGE_SIZE,
  };
}

/** The filtered view for the CSV download (phones masked as on screen; no ID numbers at all). */
export function bookingsExport(view: BookingView): Promise<AdminBookingRow[]> {
  return select(view, EXPORT_LIMIT, 0);
}

/** Station names of a train's stops, for the booking page's route line. */
export async function stopName(trainId: number, seq: number): Promise<string> {
  const [stop] = await getDb()
    .select({ name: stations.name })
    .from(trainStops)
    .innerJoin(stations, eq(stations.code, trainStops.stationCode))
    .where(and(eq(trainStops.trainId, trainId), eq(trainStops.seq, seq)))
    .limit(1);
  return stop?.name ?? '—';
}
