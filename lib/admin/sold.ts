import 'server-only';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { addDays, wibDate } from '@/lib/dates';
import { now } from '@/lib/clock';

// Both read through getDb(): inside the caller's transaction that is the transaction itself.

/**
 * Live bookings (paid or held) of a train on trips that may not have ended yet. A trip reaches its
 * last stop within two days of its service date, so older trips are history.
 */
export async function soldOnOpenTrips(trainId: number, coachId?: number): Promise<number> {
  const since = addDays(wibDate(now()), -2);
  const coach = coachId
    ? sql` and exists (select 1 from booking_passengers p where p.booking_id = b.id and p.coach_id = ${coachId})`
    : sql``;
  const found = await row<{ n: number }>(sql`
    select count(*) as n from bookings b join trips t on t.id = b.trip_id
    where t.train_id = ${trainId} and t.service_date >= ${since} and t.status = 'scheduled'
      and b.status in ('paid', 'awaiting_payment')${coach}`);
  return found?.n ?? 0;
}

/** Any booking ever made on a train: its stop sequence numbers are then part of history. */
export async function everBooked(trainId: number): Promise<boolean> {
  return !!(await row(sql`
    select 1 as one from bookings b join trips t on t.id = b.trip_id where t.train_id = ${trainId} limit 1`));
}
