import 'server-only';
import { and, count, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db';
import { bookingPassengers, bookings, seatSegments } from '@/db/schema';
import { now } from '@/lib/clock';
import { isInfantOn } from '@/lib/identity/nik';
import { wibDate, wibInstant } from '@/lib/dates';
import { log } from '@/lib/log';
import { numberSetting } from '@/lib/settings';
import { consumeAttempt } from '@/lib/rate-limit';
import { HOLD_LIMITS } from './limits';
import { generateBookingCode } from './codes';
import { expireOverdue } from './expiry';
import { parseSeat, type HoldInput } from './hold-schema';
import { seatsOf } from './seat-layout';
import { segmentsOf } from './segments';
import { coachesOfClass, fareOf, findTripSegment } from './trip-segment';

export type HoldRefusal =
  | 'trip_unavailable'
  | 'departed'
  | 'daily_limit'
  | 'ip_limit'
  | 'class_unavailable'
  | 'seat_invalid'
  | 'seat_duplicate'
  | 'seat_taken'
  | 'infant_too_old';
export type HoldResult =
  { ok: true; code: string; holdExpiresAt: number } | { ok: false; code: HoldRefusal };

class Refused extends Error {
  constructor(readonly code: HoldRefusal) {
    super(code);
  }
}

/**
 * Holds seats for a passenger: in one immediate transaction it expires overdue holds, checks the
 * trip, the daily limit and the seats, prices the booking from the fares table, and writes the
 * booking, its passengers and its seat segments. The unique index on seat segments is the final
 * word on double booking: a seat taken by a parallel hold makes the whole transaction roll back.
 */
export function createHold(
  userId: number,
  input: HoldInput,
  client: { ip?: string } = {},
): HoldResult {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return getDb().transaction((tx) => writeHold(tx, userId, input, client.ip), {
        behavior: 'immediate',
      });
    } catch (error) {
      if (error instanceof Refused) return { ok: false, code: error.code };
      const message = error instanceof Error ? error.message : '';
      if (message.includes('seat_segments')) return { ok: false, code: 'seat_taken' };
      // A fresh random code that collided with an existing one: draw again.
      if (message.includes('bookings.code')) continue;
      throw error;
    }
  }
  throw new Error('Could not draw a unique booking code');
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

function writeHold(tx: Tx, userId: number, input: HoldInput, ip?: string): HoldResult {
  const t = now();
  expireOverdue(tx, t);
  const trip = findTripSegment(input.tripId, input.origin, input.destination, tx);
  if (!trip) throw new Refused('trip_unavailable');
  if (trip.departsAt <= t) throw new Refused('departed');
  // Infants ride free on a lap only while under 3 on the day of travel (DOMAIN.md).
  if (input.infants.some((inf) => !isInfantOn(inf.idNumber, wibDate(trip.departsAt))))
    throw new Refused('infant_too_old');

  const startOfToday = wibInstant(wibDate(t), 0, 0);
  const today = tx
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.userId, userId), gte(bookings.createdAt, startOfToday)))
    .get();
  if ((today?.n ?? 0) >= numberSetting('daily_booking_limit')) throw new Refused('daily_limit');
  // Per client address too (issue 9.12). Counted inside this transaction, so only holds that are
  // written count: any refusal rolls the count back with the rest.
  const { limit, windowMs } = HOLD_LIMITS.perIp;
  if (ip && !consumeAttempt(`hold:ip:${ip}`, limit, windowMs).allowed)
    throw new Refused('ip_limit');

  const coaches = coachesOfClass(trip.trainId, input.seatClass, tx);
  if (coaches.length === 0) throw new Refused('class_unavailable');
  const seats = input.adults.map((a) => parseSeat(a.seat));
  const coachOf = new Map(coaches.map((c) => [c.id, c]));
  for (const seat of seats) {
    const coach = seat && coachOf.get(seat.coachId);
    if (
      !seat ||
      !coach ||
      !seatsOf(coach.pattern, coach.rows, coach.seatCount).some((s) => s.label === seat.seatLabel)
    )
      throw new Refused('seat_invalid');
  }
  const chosen = seats as { coachId: number; seatLabel: string }[];
  if (new Set(chosen.map((s) => `${s.coachId}:${s.seatLabel}`)).size !== chosen.length)
    throw new Refused('seat_duplicate');
  const subClasses = new Set(chosen.map((s) => coachOf.get(s.coachId)!.subClass));
  if (subClasses.size !== 1) throw new Refused('seat_invalid');
  const subClass = [...subClasses][0]!;

  // The price comes from the fares table, never from the form.
  const fare = fareOf(
    trip.trainId,
    input.seatClass,
    subClass,
    trip.originCode,
    trip.destinationCode,
    trip.serviceDate,
    tx,
  );
  if (fare === null) throw new Refused('class_unavailable');
  const holdExpiresAt = t + numberSetting('hold_minutes') * 60_000;
  const booking = tx
    .insert(bookings)
    .values({
      code: generateBookingCode(),
      userId,
      tripId: trip.tripId,
      originSeq: trip.originSeq,
      destinationSeq: trip.destinationSeq,
      seatClass: input.seatClass,
      subClass,
      adults: input.adults.length,
      infants: input.infants.length,
      fare,
      total: fare * input.adults.length,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone,
      departsAt: trip.departsAt,
      holdExpiresAt,
      createdAt: t,
    })
    .returning({ id: bookings.id, code: bookings.code })
    .get();

  tx.insert(bookingPassengers)
    .values([
      ...input.adults.map((a, i) => ({
        bookingId: booking.id,
        position: i,
        type: 'adult' as const,
        name: a.name,
        idType: a.idType,
        idNumber: a.idNumber,
        ...chosen[i]!,
      })),
      ...input.infants.map((inf, i) => ({
        bookingId: booking.id,
        position: input.adults.length + i,
        type: 'infant' as const,
        name: inf.name,
        idType: 'nik' as const,
        idNumber: inf.idNumber,
      })),
    ])
    .run();
  const segments = segmentsOf(trip.originSeq, trip.destinationSeq);
  tx.insert(seatSegments)
    .values(
      chosen.flatMap((s) =>
        segments.map((segmentSeq) => ({
          tripId: trip.tripId,
          ...s,
          segmentSeq,
          bookingId: booking.id,
        })),
      ),
    )
    .run();
  log.info('booking.held', { bookingId: booking.id, tripId: trip.tripId, seats: chosen.length });
  return { ok: true, code: booking.code, holdExpiresAt };
}
