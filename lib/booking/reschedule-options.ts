import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, row, rows, type Db } from '@/db';
import { bookingLegs, bookingReschedules, tickets, type SeatClass } from '@/db/schema';
import { now } from '@/lib/clock';
import { addDays, wibDate } from '@/lib/dates';
import { classAvailability } from './availability';
import { BOOKING_CODE_PATTERN } from './codes';
import { beforeCutoff, rescheduleCharge } from './fees';
import { findTripSegment, type TripSegment } from './trip-segment';

/** The booking window: trips up to H-45 (DOMAIN.md). */
export const BOOKING_WINDOW_DAYS = 45;

export type RescheduleRefusal =
  | 'not_found'
  | 'not_changeable'
  | 'too_late'
  | 'boarding_pass_issued'
  | 'already_rescheduled'
  | 'connection';
export type Reschedulable = {
  id: number;
  code: string;
  tripId: number;
  originCode: string;
  destinationCode: string;
  seatClass: SeatClass;
  subClass: string;
  adults: number;
  total: number;
  fare: number;
  departsAt: number;
  originSeq: number;
  destinationSeq: number;
};
export type RescheduleOption = {
  trip: TripSegment;
  subClass: string;
  fare: number;
  newTotal: number;
  seatsLeft: number;
  fee: number;
  difference: number;
  toPay: number;
};

/** The caller's booking if it may be rescheduled now (paid, ≥ 2 h ahead, no boarding pass, not rescheduled before), else why not. */
export async function reschedulable(
  tx: Db,
  userId: number,
  code: string,
  at: number,
): Promise<{ ok: true; booking: Reschedulable } | { ok: false; code: RescheduleRefusal }> {
  if (!BOOKING_CODE_PATTERN.test(code)) return { ok: false, code: 'not_found' };
  const b = await row<Reschedulable & { status: string }>(
    sql`
    select b.id, b.code, b.trip_id as "tripId", so.station_code as "originCode", sd.station_code as "destinationCode", b.seat_class as "seatClass",
           b.sub_class as "subClass", b.adults, b.total, b.fare, b.departs_at as "departsAt", b.origin_seq as "originSeq", b.destination_seq as "destinationSeq", b.status
    from bookings b join trips tr on tr.id = b.trip_id
    join train_stops so on so.train_id = tr.train_id and so.seq = b.origin_seq
    join train_stops sd on sd.train_id = tr.train_id and sd.seq = b.destination_seq
    where b.code = ${code} and b.user_id = ${userId}`,
    tx,
  );
  if (!b) return { ok: false, code: 'not_found' };
  if (b.status !== 'paid') return { ok: false, code: 'not_changeable' };
  if (!beforeCutoff(b.departsAt, at)) return { ok: false, code: 'too_late' };
  // A connection's two trains are one journey whose change depends on both timetables; moving
  // one train could break the change, so Ubah Jadwal is for direct bookings (cancel and book again).
  const legs = await tx
    .select({ leg: bookingLegs.leg })
    .from(bookingLegs)
    .where(eq(bookingLegs.bookingId, b.id))
    .limit(1);
  if (legs.length > 0) return { ok: false, code: 'connection' };
  const before = await tx
    .select({ id: bookingReschedules.id })
    .from(bookingReschedules)
    .where(eq(bookingReschedules.bookingId, b.id))
    .limit(1);
  if (before.length > 0) return { ok: false, code: 'already_rescheduled' };
  const pass = await tx
    .select({ at: tickets.boardingPassAt })
    .from(tickets)
    .where(and(eq(tickets.bookingId, b.id), eq(tickets.status, 'active')));
  if (pass.some((p) => p.at !== null)) return { ok: false, code: 'boarding_pass_issued' };
  return {
    ok: true,
    booking: {
      id: b.id,
      code: b.code,
      tripId: b.tripId,
      originCode: b.originCode,
      destinationCode: b.destinationCode,
      seatClass: b.seatClass,
      subClass: b.subClass,
      adults: b.adults,
      total: b.total,
      fare: b.fare,
      departsAt: b.departsAt,
      originSeq: b.originSeq,
      destinationSeq: b.destinationSeq,
    },
  };
}

/** True when a trip departs in the future and within the booking window (H-45, WIB dates). */
export function inBookingWindow(departsAt: number, at: number): boolean {
  return departsAt > at && wibDate(departsAt) <= addDays(wibDate(at), BOOKING_WINDOW_DAYS);
}

/**
 * Other trips on a date for the same origin, destination and class with room for every adult,
 * one option per sub-class, with the fee, the difference and what KAIPay will be charged.
 */
export async function rescheduleOptions(
  userId: number,
  code: string,
  date: string,
): Promise<
  | { ok: true; booking: Reschedulable; options: RescheduleOption[] }
  | { ok: false; code: RescheduleRefusal }
> {
  const db = getDb();
  const at = now();
  const found = await reschedulable(db, userId, code, at);
  if (!found.ok) return found;
  const b = found.booking;
  const trips = await rows<{ tripId: number }>(sql`
    select tr.id as "tripId" from trips tr join trains t on t.id = tr.train_id
    join train_stops so on so.train_id = t.id and so.station_code = ${b.originCode}
    join train_stops sd on sd.train_id = t.id and sd.station_code = ${b.destinationCode} and sd.seq > so.seq
    where tr.service_date = ${date} and tr.id <> ${b.tripId} and tr.status = 'scheduled' and t.active
    order by tr.id`);
  const options: RescheduleOption[] = [];
  for (const { tripId } of trips) {
    const trip = await findTripSegment(tripId, b.originCode, b.destinationCode, db);
    if (!trip || !inBookingWindow(trip.departsAt, at) || !beforeCutoff(trip.departsAt, at))
      continue;
    for (const c of await classAvailability(
      trip.tripId,
      trip.trainId,
      trip.originSeq,
      trip.destinationSeq,
      trip.originCode,
      trip.destinationCode,
    )) {
      if (c.seatClass !== b.seatClass || c.price === null || c.left < b.adults) continue;
      const newTotal = c.price * b.adults;
      options.push({
        trip,
        subClass: c.subClass,
        fare: c.price,
        newTotal,
        seatsLeft: c.left,
        ...rescheduleCharge(b.total, newTotal),
      });
    }
  }
  options.sort((x, y) => x.trip.departsAt - y.trip.departsAt || y.fare - x.fare);
  return { ok: true, booking: b, options };
}
