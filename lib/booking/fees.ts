import { boardingOpensAt } from '@/lib/tickets/window';

export { boardingOpensAt, CHANGE_CUTOFF_MS } from '@/lib/tickets/window';

/**
 * Cancellation fee: 25% of the ticket price, in integer rupiah, rounded UP to the whole rupiah
 * (a quarter of an odd total leaves a fraction; the passenger is never refunded a fraction).
 * Seeded fares are multiples of Rp 5.000, so in practice it is exact.
 */
export function cancellationFee(ticketPrice: number): number {
  if (!Number.isSafeInteger(ticketPrice) || ticketPrice < 0)
    throw new Error(`Not a price: ${ticketPrice}`);
  return Math.ceil((ticketPrice * 25) / 100);
}

/** Reschedule fee: 25% of the old fare total, rounded UP to the next Rp 1.000 (DOMAIN.md). */
export function rescheduleFee(oldTotal: number): number {
  if (!Number.isSafeInteger(oldTotal) || oldTotal < 0) throw new Error(`Not a price: ${oldTotal}`);
  return Math.ceil((oldTotal * 25) / 100 / 1000) * 1000;
}

/** What a reschedule costs: the fee, plus the difference when the new trip is dearer (a cheaper one refunds nothing). */
export function rescheduleCharge(
  oldTotal: number,
  newTotal: number,
): { fee: number; difference: number; toPay: number } {
  const fee = rescheduleFee(oldTotal);
  const difference = Math.max(0, newTotal - oldTotal);
  return { fee, difference, toPay: fee + difference };
}

/** True while a trip may still be cancelled or rescheduled: strictly before boarding opens. */
export function beforeCutoff(departsAt: number, at: number): boolean {
  return at < boardingOpensAt(departsAt);
}
