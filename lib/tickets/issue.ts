import 'server-only';
import { and, eq, max } from 'drizzle-orm';
import { bookingPassengers, bookings, tickets } from '@/db/schema';
import type { Tx } from '@/lib/ledger/tx';

/** A ticket number: booking code, version, passenger position ("NKD2F0P-11"; after a reschedule "NKD2F0P-21"). */
export function ticketNumber(code: string, version: number, position: number): string {
  return `${code}-${version}${position + 1}`;
}

/** The version the booking's tickets are on now (0 before any was issued). */
export function currentTicketVersion(tx: Tx, bookingId: number): number {
  return (
    tx
      .select({ v: max(tickets.version) })
      .from(tickets)
      .where(eq(tickets.bookingId, bookingId))
      .get()?.v ?? 0
  );
}

/**
 * Issues one ticket per passenger of a booking (infants too: no seat) for its current trip, as the
 * next version; any earlier active tickets are voided first. Synchronous, inside the caller's transaction.
 */
export function issueTickets(tx: Tx, bookingId: number, at: number): number {
  const booking = tx
    .select({ code: bookings.code, tripId: bookings.tripId })
    .from(bookings)
    .where(eq(bookings.id, bookingId))
    .get();
  if (!booking) throw new Error(`No booking ${bookingId}`);
  const version = currentTicketVersion(tx, bookingId) + 1;
  tx.update(tickets)
    .set({ status: 'void' })
    .where(and(eq(tickets.bookingId, bookingId), eq(tickets.status, 'active')))
    .run();
  const passengers = tx
    .select({
      id: bookingPassengers.id,
      position: bookingPassengers.position,
      coachId: bookingPassengers.coachId,
      seatLabel: bookingPassengers.seatLabel,
    })
    .from(bookingPassengers)
    .where(eq(bookingPassengers.bookingId, bookingId))
    .all();
  tx.insert(tickets)
    .values(
      passengers.map((p) => ({
        bookingId,
        passengerId: p.id,
        version,
        number: ticketNumber(booking.code, version, p.position),
        tripId: booking.tripId,
        coachId: p.coachId,
        seatLabel: p.seatLabel,
        issuedAt: at,
      })),
    )
    .run();
  return version;
}
