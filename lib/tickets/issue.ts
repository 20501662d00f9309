import 'server-only';
import { and, asc, eq, max } from 'drizzle-orm';
import { bookingLegSeats, bookingLegs, bookingPassengers, bookings, tickets } from '@/db/schema';
import type { Tx } from '@/lib/transaction';

/**
 * A ticket number: booking code, version, passenger position ("NKD2F0P-11"; after a reschedule
 * "NKD2F0P-21"); a connection's second train adds the leg ("NKD2F0P-11-2").
 */
export function ticketNumber(code: string, version: number, position: number, leg = 1): string {
  return `${code}-${version}${position + 1}${leg === 1 ? '' : `-${leg}`}`;
}

/** The version the booking's tickets are on now (0 before any was issued). */
export async function currentTicketVersion(tx: Tx, bookingId: number): Promise<number> {
  const [row] = await tx
    .select({ v: max(tickets.version) })
    .from(tickets)
    .where(eq(tickets.bookingId, bookingId));
  return row?.v ?? 0;
}

/**
 * Issues one ticket per passenger of a booking (infants too: no seat) per train of its journey
 * (two on a connection, each with that train's seat), as the next version; any earlier active
 * tickets are voided first. Runs inside the caller's transaction.
 */
export async function issueTickets(tx: Tx, bookingId: number, at: number): Promise<number> {
  const [booking] = await tx
    .select({ code: bookings.code, tripId: bookings.tripId })
    .from(bookings)
    .where(eq(bookings.id, bookingId))
    .limit(1);
  if (!booking) throw new Error(`No booking ${bookingId}`);
  const version = (await currentTicketVersion(tx, bookingId)) + 1;
  await tx
    .update(tickets)
    .set({ status: 'void' })
    .where(and(eq(tickets.bookingId, bookingId), eq(tickets.status, 'active')));
  const passengers = await tx
    .select({
      id: bookingPassengers.id,
      position: bookingPassengers.position,
      coachId: bookingPassengers.coachId,
      seatLabel: bookingPassengers.seatLabel,
    })
    .from(bookingPassengers)
    .where(eq(bookingPassengers.bookingId, bookingId))
    .orderBy(asc(bookingPassengers.position));
  // A connection's second train: its trip, and each adult's seat on it (infants ride on a lap).
  const [second] = await tx
    .select({ tripId: bookingLegs.tripId })
    .from(bookingLegs)
    .where(and(eq(bookingLegs.bookingId, bookingId), eq(bookingLegs.leg, 2)))
    .limit(1);
  const seats2 = new Map(
    second
      ? (
          await tx
            .select({
              passengerId: bookingLegSeats.passengerId,
              coachId: bookingLegSeats.coachId,
              seatLabel: bookingLegSeats.seatLabel,
            })
            .from(bookingLegSeats)
            .innerJoin(bookingPassengers, eq(bookingPassengers.id, bookingLegSeats.passengerId))
            .where(and(eq(bookingPassengers.bookingId, bookingId), eq(bookingLegSeats.leg, 2)))
        ).map((s) => [s.passengerId, s])
      : [],
  );
  await tx.insert(tickets).values([
    ...passengers.map((p) => ({
      bookingId,
      passengerId: p.id,
      version,
      leg: 1,
      number: ticketNumber(booking.code, version, p.position),
      tripId: booking.tripId,
      coachId: p.coachId,
      seatLabel: p.seatLabel,
      issuedAt: at,
    })),
    ...(second
      ? passengers.map((p) => ({
          bookingId,
          passengerId: p.id,
          version,
          leg: 2,
          number: ticketNumber(booking.code, version, p.position, 2),
          tripId: second.tripId,
          coachId: seats2.get(p.id)?.coachId ?? null,
          seatLabel: seats2.get(p.id)?.seatLabel ?? null,
          issuedAt: at,
        }))
      : []),
  ]);
  return version;
}
