import 'server-only';
import type { Tx } from '@/lib/transaction';
import { revokeTripTickets } from '@/lib/tickets/revocations';

/**
 * Called inside the cancelling transaction with the trip whose tickets were just voided. Voiding
 * makes every online check refuse them; a boarding QR already on a phone (boarding opened) is only
 * stopped at an offline gate by the signed revocation list the gates sync, so every ticket of the
 * trip goes on it, in the same transaction (a revocation never lags the cancellation).
 */
export function revokeCancelledTripTickets(
  tx: Tx,
  tripId: number,
  at: number,
): { version: number; added: number } {
  return revokeTripTickets(tx, { tripId, reason: 'trip_cancelled', at });
}
