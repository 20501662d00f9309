import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import { tickets } from '@/db/schema';
import type { Tx } from '@/lib/transaction';
import { revokeTickets, revokeTripTickets } from '@/lib/tickets/revocations';

/**
 * Called inside the cancelling transaction with the trip whose tickets were just voided and the
 * bookings it refunded. Voiding makes every online check refuse them; a boarding QR already on a
 * phone (boarding opened) is only stopped at an offline gate by the signed revocation list the gates
 * sync, so every ticket of the trip goes on it, in the same transaction (a revocation never lags
 * the cancellation). A connection refunded because one of its trains was cancelled loses its
 * tickets on the other train too: the whole journey was refunded.
 */
export async function revokeCancelledTripTickets(
  tx: Tx,
  tripId: number,
  refundedBookingIds: readonly number[],
  at: number,
): Promise<{ version: number; added: number }> {
  const onTrip = await revokeTripTickets(tx, { tripId, reason: 'trip_cancelled', at });
  if (refundedBookingIds.length === 0) return onTrip;
  const numbers = (
    await tx
      .select({ number: tickets.number })
      .from(tickets)
      .where(inArray(tickets.bookingId, [...refundedBookingIds]))
      .orderBy(asc(tickets.id))
  ).map((r) => r.number);
  const journeys = await revokeTickets(tx, { numbers, reason: 'trip_cancelled', at });
  return { version: journeys.version, added: onTrip.added + journeys.added };
}
