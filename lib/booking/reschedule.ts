import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, inTransaction, isUniqueViolation } from '@/db';
import {
  bookingPassengers,
  bookingReschedules,
  bookings,
  seatSegments,
  trainCoaches,
} from '@/db/schema';
import { now } from '@/lib/clock';
import type { Tx } from '@/lib/transaction';
import { log } from '@/lib/log';
import { issueTickets } from '@/lib/tickets/issue';
import { debitWalletForPayment, type DebitRefusal } from '@/lib/wallet/payments';
import { verifyWalletPin } from '@/lib/wallet/pin';
import { autoAssign } from './auto-assign';
import { takenSeats } from './availability';
import { beforeCutoff, rescheduleCharge } from './fees';
import { inBookingWindow, reschedulable, type RescheduleRefusal } from './reschedule-options';
import { segmentsOf } from './segments';
import { coachesOfClass, fareOf, findTripSegment } from './trip-segment';

export type RescheduleFailure =
  | RescheduleRefusal
  | 'trip_unavailable'
  | 'same_trip'
  | 'not_enough_seats'
  | 'seat_taken'
  | 'pin_wrong'
  | 'pin_wrong_locked'
  | 'pin_locked'
  | Exclude<DebitRefusal, 'invalid_amount'>;
export type RescheduleResult =
  | { ok: true; fee: number; difference: number; paid: number }
  | { ok: false; code: RescheduleFailure; attemptsLeft?: number; retryAfterSeconds?: number };
export type RescheduleChoice = { tripId: number; subClass: string };

class Refused extends Error {
  constructor(readonly code: RescheduleFailure) {
    super(code);
  }
}

/**
 * Ubah Jadwal: moves a paid booking to another trip on the same route and class, same passengers.
 * The booking keeps its code (the passenger's handle on it, already in their inbox); the tickets of
 * the old trip are voided and a new version is issued; the old trip and seats stay in
 * booking_reschedules. Fee: 25% of the old fare total rounded up to Rp 1.000; a dearer trip also
 * pays the difference, a cheaper one refunds nothing. Both are paid with KAIPay (PIN first), and
 * everything (payment, old seats freed, new seats under the unique index, tickets) happens in ONE
 * serializable transaction (inTransaction in db/index.ts): a seat taken meanwhile rolls it all back.
 * Once per booking.
 */
export async function rescheduleBooking(
  userId: number,
  code: string,
  choice: RescheduleChoice,
  pin: string,
): Promise<RescheduleResult> {
  const early = await reschedulable(getDb(), userId, code, now());
  if (!early.ok) return early;
  const pinCheck = await verifyWalletPin(userId, pin);
  if (!pinCheck.ok)
    return pinCheck.code === 'wallet_inactive' ? { ok: false, code: 'wallet_inactive' } : pinCheck;
  try {
    const out = await inTransaction((tx) => move(tx, userId, code, choice));
    log.info('booking.rescheduled', { paid: out.paid });
    return out;
  } catch (error) {
    if (error instanceof Refused) return { ok: false, code: error.code };
    if (isSeatTaken(error)) return { ok: false, code: 'seat_taken' };
    throw error;
  }
}

/** The seat index refused a seat (another passenger took it meanwhile); not any other unique index. */
function isSeatTaken(error: unknown): boolean {
  if (!isUniqueViolation(error)) return false;
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    // SQLite names the table's columns, PostgreSQL the index (seat_segments_unique).
    if (e instanceof Error && e.message.includes('seat_segments')) return true;
  }
  return false;
}

async function move(
  tx: Tx,
  userId: number,
  code: string,
  choice: RescheduleChoice,
): Promise<{ ok: true; fee: number; difference: number; paid: number }> {
  const at = now();
  const found = await reschedulable(tx, userId, code, at);
  if (!found.ok) throw new Refused(found.code);
  const b = found.booking;
  if (choice.tripId === b.tripId) throw new Refused('same_trip');
  const trip = await findTripSegment(choice.tripId, b.originCode, b.destinationCode, tx);
  // The new train must also leave at least 2 hours from now (the same rule as cancelling).
  if (!trip || !inBookingWindow(trip.departsAt, at) || !beforeCutoff(trip.departsAt, at))
    throw new Refused('trip_unavailable');
  const coaches = (await coachesOfClass(trip.trainId, b.seatClass, tx)).filter(
    (c) => c.subClass === choice.subClass,
  );
  const fare = await fareOf(
    trip.trainId,
    b.seatClass,
    choice.subClass,
    b.originCode,
    b.destinationCode,
    trip.serviceDate,
    tx,
  );
  if (coaches.length === 0 || fare === null) throw new Refused('trip_unavailable');
  const taken = await takenSeats(
    trip.tripId,
    coaches.map((c) => c.id),
    trip.originSeq,
    trip.destinationSeq,
  );
  const seats = autoAssign(
    coaches.map((c) => ({ ...c, taken: taken.get(c.id)! })),
    b.adults,
  );
  if (!seats) throw new Refused('not_enough_seats');

  const newTotal = fare * b.adults;
  const charge = rescheduleCharge(b.total, newTotal);
  const pay = async (amount: number, key: string, to: 'ticket_revenue' | 'fee_revenue') => {
    const r = await debitWalletForPayment(tx, {
      userId,
      amount,
      idempotencyKey: `booking:${code}:reschedule:${key}`,
      reference: code,
      to,
    });
    if (!r.ok) throw new Refused(r.code === 'invalid_amount' ? 'trip_unavailable' : r.code);
  };
  if (charge.difference > 0) await pay(charge.difference, 'fare', 'ticket_revenue');
  await pay(charge.fee, 'fee', 'fee_revenue');

  const adults = await tx
    .select({
      id: bookingPassengers.id,
      coach: trainCoaches.code,
      seatLabel: bookingPassengers.seatLabel,
    })
    .from(bookingPassengers)
    .leftJoin(trainCoaches, eq(trainCoaches.id, bookingPassengers.coachId))
    .where(and(eq(bookingPassengers.bookingId, b.id), eq(bookingPassengers.type, 'adult')))
    .orderBy(asc(bookingPassengers.position));
  await tx.insert(bookingReschedules).values({
    bookingId: b.id,
    oldTripId: b.tripId,
    oldOriginSeq: b.originSeq,
    oldDestinationSeq: b.destinationSeq,
    oldSubClass: b.subClass,
    oldFare: b.fare,
    oldDepartsAt: b.departsAt,
    oldSeats: JSON.stringify(adults.map((a) => `${a.coach}/${a.seatLabel}`)),
    newTripId: trip.tripId,
    newFare: fare,
    fee: charge.fee,
    difference: charge.difference,
    createdAt: at,
  });
  await tx.delete(seatSegments).where(eq(seatSegments.bookingId, b.id));
  const moved = await tx
    .update(bookings)
    .set({
      tripId: trip.tripId,
      originSeq: trip.originSeq,
      destinationSeq: trip.destinationSeq,
      subClass: choice.subClass,
      fare,
      total: newTotal,
      departsAt: trip.departsAt,
    })
    .where(and(eq(bookings.id, b.id), eq(bookings.tripId, b.tripId), eq(bookings.status, 'paid')))
    .returning({ id: bookings.id });
  if (moved.length !== 1) throw new Refused('not_changeable');
  for (const [i, a] of adults.entries())
    await tx.update(bookingPassengers).set(seats[i]!).where(eq(bookingPassengers.id, a.id));
  const segments = segmentsOf(trip.originSeq, trip.destinationSeq);
  await tx
    .insert(seatSegments)
    .values(
      seats.flatMap((s) =>
        segments.map((segmentSeq) => ({ tripId: trip.tripId, ...s, segmentSeq, bookingId: b.id })),
      ),
    );
  await issueTickets(tx, b.id, at);
  return { ok: true, fee: charge.fee, difference: charge.difference, paid: charge.toPay };
}
