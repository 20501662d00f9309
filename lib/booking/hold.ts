import 'server-only';
import { and, count, eq, gte } from 'drizzle-orm';
import {
  bookingLegSeats,
  bookingLegs,
  bookingPassengers,
  bookings,
  seatSegments,
  type SeatClass,
} from '@/db/schema';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { isInfantOn } from '@/lib/identity/nik';
import { wibDate, wibInstant } from '@/lib/dates';
import { log } from '@/lib/log';
import { numberSetting } from '@/lib/settings';
import { consumeAttempt } from '@/lib/rate-limit';
import { refuser, transact, type Tx } from '@/lib/transaction';
import { generateBookingCode } from './codes';
import { isConnection } from './connection';
import { expireOverdue } from './expiry';
import { lockForHold } from './booking-locks';
import { parseSeat, type HoldInput } from './hold-schema';
import { seatsOf } from './seat-layout';
import { segmentsOf } from './segments';
import { coachesOfClass, fareOf, findTripSegment, type TripSegment } from './trip-segment';

/**
 * Holds per client address (issue 9.12): with the per-account daily limit, throwaway accounts from
 * one place cannot hold a whole train. Generous enough for a family or an office behind one NAT;
 * HOLDS_PER_IP_HOUR (default 30) raises it.
 */
export const HOLD_LIMITS = {
  perIp: {
    get limit() {
      return env().HOLDS_PER_IP_HOUR;
    },
    windowMs: 60 * 60_000,
  },
};

export type HoldRefusal =
  | 'trip_unavailable'
  | 'departed'
  | 'daily_limit'
  | 'ip_limit'
  | 'class_unavailable'
  | 'seat_invalid'
  | 'seat_duplicate'
  | 'seat_taken'
  | 'infant_too_old'
  | 'connection_invalid';
export type HoldResult =
  { ok: true; bookingCode: string; holdExpiresAt: number } | { ok: false; code: HoldRefusal };

// Annotated so TypeScript narrows after a call (a `never` call only narrows with an explicit type).
const refuse: (code: HoldRefusal) => never = refuser<HoldRefusal>();

type Seat = { coachId: number; seatLabel: string };
type LegRequest = { tripId: number; origin: string; destination: string; seatClass: SeatClass };
/** One train of the journey, checked and priced, with each adult's seat on it. */
type LegPlan = {
  trip: TripSegment;
  seatClass: SeatClass;
  subClass: string;
  fare: number;
  seats: Seat[];
};

/**
 * Holds seats for a passenger, on one train or on both trains of a connection: in ONE transaction it
 * checks the trips, the daily limit and the seats, prices the journey from the fares table, and
 * writes the booking, its passengers, its second leg and the seat segments of every leg. The unique
 * index on seat segments is the final word on double booking: a seat taken on either leg by a
 * parallel hold rolls the whole journey back (`seat_taken`), so a connection is never half held.
 *
 * On PostgreSQL the transaction is READ COMMITTED with explicit locks (booking-locks.ts), not
 * SERIALIZABLE: at a ticket sale's opening every hold inserts into the same index pages, and the
 * serializable checks, which work per page, made parallel holds of different seats abort and rerun
 * each other (22 holds a second with 50 passengers at once, some failing after 8 attempts).
 */
export async function createHold(
  userId: number,
  input: HoldInput,
  client: { ip?: string } = {},
): Promise<HoldResult> {
  // Seats of holds that ran out are freed first, in a transaction of their own (opened only when one
  // is due), so the hold itself reads no range that every other hold writes into. A hold running
  // out in the instant between is refused as taken, never sold twice (the unique index decides).
  await expireOverdue();
  return transact(
    async (tx) => {
      await lockForHold(tx, userId);
      return writeHold(tx, userId, input, client.ip);
    },
    { onUniqueViolation: 'seat_taken', isolation: 'read committed' },
  );
}

async function planLeg(
  tx: Tx,
  req: LegRequest,
  wanted: (string | undefined)[],
  at: number,
): Promise<LegPlan> {
  const trip = await findTripSegment(req.tripId, req.origin, req.destination, tx);
  if (!trip) refuse('trip_unavailable');
  if (trip.departsAt <= at) refuse('departed');
  const coaches = await coachesOfClass(trip.trainId, req.seatClass, tx);
  if (coaches.length === 0) refuse('class_unavailable');
  const coachOf = new Map(coaches.map((c) => [c.id, c]));
  const seats = wanted.map((value) => {
    const seat = value ? parseSeat(value) : null;
    const coach = seat && coachOf.get(seat.coachId);
    if (
      !seat ||
      !coach ||
      !seatsOf(coach.pattern, coach.rows, coach.seatCount).some((s) => s.label === seat.seatLabel)
    )
      refuse('seat_invalid');
    return seat;
  });
  if (new Set(seats.map((s) => `${s.coachId}:${s.seatLabel}`)).size !== seats.length)
    refuse('seat_duplicate');
  const subClasses = new Set(seats.map((s) => coachOf.get(s.coachId)!.subClass));
  if (subClasses.size !== 1) refuse('seat_invalid');
  const subClass = [...subClasses][0]!;
  // The price comes from the fares table, never from the form.
  const fare = await fareOf(
    trip.trainId,
    req.seatClass,
    subClass,
    trip.originCode,
    trip.destinationCode,
    trip.serviceDate,
    tx,
  );
  if (fare === null) refuse('class_unavailable');
  return { trip, seatClass: req.seatClass, subClass, fare, seats };
}

/**
 * A code no booking has, checked inside the hold's transaction. Two holds drawing the same code at
 * once (36^7 codes) would meet at the unique index, which rolls the later one back.
 */
async function freshCode(tx: Tx): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateBookingCode();
    const used = await tx
      .select({ id: bookings.id })
      .from(bookings)
      .where(eq(bookings.code, code))
      .limit(1);
    if (used.length === 0) return code;
  }
  throw new Error('Could not draw a unique booking code');
}

async function writeHold(
  tx: Tx,
  userId: number,
  input: HoldInput,
  ip?: string,
): Promise<HoldResult> {
  const t = now();
  const first = await planLeg(
    tx,
    input,
    input.adults.map((a) => a.seat),
    t,
  );
  const second =
    input.leg2 &&
    (await planLeg(
      tx,
      input.leg2,
      input.adults.map((a) => a.seat2),
      t,
    ));
  if (second && !isConnection(first.trip, second.trip)) refuse('connection_invalid');
  // Infants ride free on a lap only while under 3 on the day of travel (DOMAIN.md).
  if (input.infants.some((inf) => !isInfantOn(inf.idNumber, wibDate(first.trip.departsAt))))
    refuse('infant_too_old');

  const startOfToday = wibInstant(wibDate(t), 0, 0);
  const [today] = await tx
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.userId, userId), gte(bookings.createdAt, startOfToday)));
  if ((today?.n ?? 0) >= (await numberSetting('daily_booking_limit', tx))) refuse('daily_limit');
  // Per client address too (issue 9.12). Counted inside this transaction, so only holds that are
  // written count: any refusal rolls the count back with the rest.
  const { limit, windowMs } = HOLD_LIMITS.perIp;
  if (ip && !(await consumeAttempt(`hold:ip:${ip}`, limit, windowMs)).allowed) refuse('ip_limit');

  // One price for the journey: the sum of the legs' fares, per adult.
  const fare = first.fare + (second?.fare ?? 0);
  const holdExpiresAt = t + (await numberSetting('hold_minutes', tx)) * 60_000;
  const booking = (
    await tx
      .insert(bookings)
      .values({
        code: await freshCode(tx),
        userId,
        tripId: first.trip.tripId,
        originSeq: first.trip.originSeq,
        destinationSeq: first.trip.destinationSeq,
        seatClass: first.seatClass,
        subClass: first.subClass,
        adults: input.adults.length,
        infants: input.infants.length,
        fare,
        total: fare * input.adults.length,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        departsAt: first.trip.departsAt,
        holdExpiresAt,
        createdAt: t,
      })
      .returning({ id: bookings.id, code: bookings.code })
  )[0]!;

  const adults = await tx
    .insert(bookingPassengers)
    .values(
      input.adults.map((a, i) => ({
        bookingId: booking.id,
        position: i,
        type: 'adult' as const,
        name: a.name,
        idType: a.idType,
        idNumber: a.idNumber,
        ...first.seats[i]!,
      })),
    )
    .returning({ id: bookingPassengers.id });
  if (input.infants.length)
    await tx.insert(bookingPassengers).values(
      input.infants.map((inf, i) => ({
        bookingId: booking.id,
        position: input.adults.length + i,
        type: 'infant' as const,
        name: inf.name,
        idType: 'nik' as const,
        idNumber: inf.idNumber,
      })),
    );
  await holdSegments(tx, booking.id, first);
  if (second) {
    await tx.insert(bookingLegs).values({
      bookingId: booking.id,
      leg: 2,
      tripId: second.trip.tripId,
      originSeq: second.trip.originSeq,
      destinationSeq: second.trip.destinationSeq,
      seatClass: second.seatClass,
      subClass: second.subClass,
      fare: second.fare,
      departsAt: second.trip.departsAt,
      arrivesAt: second.trip.arrivesAt,
    });
    await tx
      .insert(bookingLegSeats)
      .values(adults.map((p, i) => ({ passengerId: p.id, leg: 2, ...second.seats[i]! })));
    await holdSegments(tx, booking.id, second);
  }
  log.info('booking.held', {
    bookingId: booking.id,
    tripId: first.trip.tripId,
    legs: second ? 2 : 1,
    seats: input.adults.length,
  });
  return { ok: true, bookingCode: booking.code, holdExpiresAt };
}

/**
 * Writes the leg's seat segments; a unique-index refusal here rolls the whole hold back. In one
 * order (coach, seat, segment) so two parallel holds of overlapping seats meet at the same row
 * first instead of each waiting for the other's (a deadlock on PostgreSQL).
 */
async function holdSegments(tx: Tx, bookingId: number, leg: LegPlan): Promise<void> {
  const segments = segmentsOf(leg.trip.originSeq, leg.trip.destinationSeq);
  const seats = [...leg.seats].sort(
    (a, b) => a.coachId - b.coachId || a.seatLabel.localeCompare(b.seatLabel),
  );
  await tx
    .insert(seatSegments)
    .values(
      seats.flatMap((s) =>
        segments.map((segmentSeq) => ({ tripId: leg.trip.tripId, ...s, segmentSeq, bookingId })),
      ),
    );
}
