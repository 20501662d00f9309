import 'server-only';
import { eq } from 'drizzle-orm';
import { tickets } from '@/db/schema';
import type { Tx } from '@/lib/transaction';

/**
 * The seam between a trip cancellation and the gates' revocation list: called inside the
 * cancelling transaction with the trip whose tickets were just voided. Voiding already makes every
 * online check (the verify page and API) refuse them; the signed offline list that gate devices sync
 * (`revokeTripTickets` in lib/tickets/revocations.ts, being added by the gate work) is the other
 * half and is called from here once it is in the tree. Returns the ticket numbers concerned.
 */
export function revokeCancelledTripTickets(tx: Tx, tripId: number, at: number): string[] {
  void at;
  return tx
    .select({ number: tickets.number })
    .from(tickets)
    .where(eq(tickets.tripId, tripId))
    .all()
    .map((t) => t.number);
}
