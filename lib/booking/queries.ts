import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, rows } from '@/db';
import {
  bookingPassengers,
  bookings,
  stations,
  trainCoaches,
  trains,
  trips,
  type BookingStatus,
} from '@/db/schema';
import { now } from '@/lib/clock';
import { expireOverdue } from './expiry';
import { BOOKING_CODE_PATTERN } from './codes';
import { bookingLegViews, secondLegSeats } from './legs';

export type BookingSummary = {
  code: string;
  status: BookingStatus;
  trainName: string;
  trainNumber: string;
  serviceDate: string;
  originCode: string;
  originName: string;
  destinationCode: string;
  destinationName: string;
  seatClass: string;
  subClass: string;
  adults: number;
  infants: number;
  fare: number;
  total: number;
  departsAt: number;
  arrivesAt: number;
  holdExpiresAt: number;
  createdAt: number;
  paidAt: number | null;
  /** A connection's second train name (the destination and arrival above are the journey's end), else null. */
  secondTrainName: string | null;
};

function summaries(where: ReturnType<typeof and>): Promise<BookingSummary[]> {
  return rows<BookingSummary>(sql`
    select bookings.code, bookings.status, t.name as "trainName", t.number as "trainNumber", tr.service_date as "serviceDate",
           so.station_code as "originCode", o.name as "originName",
           coalesce(sd2.station_code, sd.station_code) as "destinationCode", coalesce(d2.name, d.name) as "destinationName",
           bookings.seat_class as "seatClass", bookings.sub_class as "subClass", bookings.adults, bookings.infants, bookings.fare, bookings.total,
           bookings.departs_at as "departsAt",
           coalesce(bl.arrives_at, bookings.departs_at + (sd.arrive_minute - so.depart_minute) * 60000) as "arrivesAt",
           bookings.hold_expires_at as "holdExpiresAt", bookings.created_at as "createdAt", bookings.paid_at as "paidAt",
           t2.name as "secondTrainName"
    from ${bookings} join ${trips} tr on tr.id = bookings.trip_id join ${trains} t on t.id = tr.train_id
    join train_stops so on so.train_id = t.id and so.seq = bookings.origin_seq
    join train_stops sd on sd.train_id = t.id and sd.seq = bookings.destination_seq
    join ${stations} o on o.code = so.station_code join ${stations} d on d.code = sd.station_code
    -- a connection ends where its second train does
    left join booking_legs bl on bl.booking_id = bookings.id and bl.leg = 2
    left join ${trips} tr2 on tr2.id = bl.trip_id left join ${trains} t2 on t2.id = tr2.train_id
    left join train_stops sd2 on sd2.train_id = t2.id and sd2.seq = bl.destination_seq
    left join ${stations} d2 on d2.code = sd2.station_code
    where ${where} order by bookings.departs_at desc, bookings.id desc`);
}

/** A booking with its passengers, only when `userId` owns it; anyone else gets null (shown as 404). */
export async function getOwnBooking(userId: number, code: string) {
  if (!BOOKING_CODE_PATTERN.test(code)) return null;
  await expireOverdue();
  const [booking] = await summaries(and(eq(bookings.code, code), eq(bookings.userId, userId)));
  if (!booking) return null;
  const legs = await bookingLegViews(code);
  const seats2 = await secondLegSeats(code);
  const passengers = (
    await getDb()
      .select({
        position: bookingPassengers.position,
        type: bookingPassengers.type,
        name: bookingPassengers.name,
        idType: bookingPassengers.idType,
        idNumber: bookingPassengers.idNumber,
        coach: trainCoaches.code,
        seatLabel: bookingPassengers.seatLabel,
      })
      .from(bookingPassengers)
      .leftJoin(trainCoaches, eq(trainCoaches.id, bookingPassengers.coachId))
      .innerJoin(bookings, eq(bookings.id, bookingPassengers.bookingId))
      .where(eq(bookings.code, code))
      .orderBy(asc(bookingPassengers.position))
  ).map((p) => ({ ...p, seat2: seats2.get(p.position) ?? null }));
  return { ...booking, legs, passengers };
}

export type BookingGroups = {
  awaiting: BookingSummary[];
  upcoming: BookingSummary[];
  past: BookingSummary[];
  closed: BookingSummary[];
};

/** The user's bookings for Tiket Saya: awaiting payment, upcoming, past, cancelled or expired. */
export async function listOwnBookings(userId: number): Promise<BookingGroups> {
  await expireOverdue();
  const t = now();
  const all = await summaries(and(eq(bookings.userId, userId)));
  const byDeparture = (a: BookingSummary, b: BookingSummary) => a.departsAt - b.departsAt;
  return {
    awaiting: all.filter((b) => b.status === 'awaiting_payment').sort(byDeparture),
    upcoming: all.filter((b) => b.status === 'paid' && b.arrivesAt > t).sort(byDeparture),
    past: all.filter((b) => b.status === 'paid' && b.arrivesAt <= t),
    closed: all.filter((b) => b.status === 'cancelled' || b.status === 'expired'),
  };
}
