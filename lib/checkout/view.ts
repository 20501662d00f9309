import 'server-only';
import { getOwnBooking } from '@/lib/booking/queries';
import { walletSummary } from '@/lib/wallet/queries';

export type KaipayOption =
  | { state: 'inactive' }
  | { state: 'locked'; balance: number; lockedUntil: number }
  | { state: 'short'; balance: number; shortfall: number }
  | { state: 'ready'; balance: number };

/** What the checkout page shows: the caller's own booking (else null → 404) and how KAIPay can pay it. */
export async function checkoutView(userId: number, code: string) {
  const booking = await getOwnBooking(userId, code);
  if (!booking) return null;
  const w = await walletSummary(userId);
  let kaipay: KaipayOption;
  if (w?.step !== 'active') kaipay = { state: 'inactive' };
  else if (w.lockedUntil)
    kaipay = { state: 'locked', balance: w.balance, lockedUntil: w.lockedUntil };
  else if (w.balance < booking.total)
    kaipay = { state: 'short', balance: w.balance, shortfall: booking.total - w.balance };
  else kaipay = { state: 'ready', balance: w.balance };
  return { booking, kaipay };
}
