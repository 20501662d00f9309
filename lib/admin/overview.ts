import 'server-only';
import { and, count, eq, gte, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { stations, trains, trips, users } from '@/db/schema';
import { addDays, wibDate } from '@/lib/dates';
import { now } from '@/lib/clock';

/** Counts for the admin home: passengers, active trains, stations and trips from today to H+6. */
export function adminOverview() {
  const db = getDb();
  const today = wibDate(now());
  const one = <T extends { n: number }>(row: T | undefined) => row?.n ?? 0;
  return {
    passengers: one(db.select({ n: count() }).from(users).where(eq(users.role, 'passenger')).get()),
    trains: one(db.select({ n: count() }).from(trains).where(eq(trains.active, true)).get()),
    stations: one(db.select({ n: count() }).from(stations).get()),
    tripsNext7Days: one(
      db
        .select({ n: count() })
        .from(trips)
        .where(
          and(
            gte(trips.serviceDate, today),
            lte(trips.serviceDate, addDays(today, 6)),
            eq(trips.status, 'scheduled'),
          ),
        )
        .get(),
    ),
  };
}
