import 'server-only';
import { eq } from 'drizzle-orm';
import { bookings, paymentAccounts } from '@/db/schema';
import type { Tx } from '@/lib/transaction';
import { grossAmountRupiah, type PaymentNotification } from './notification';
import { parseOrderId } from './order-ids';

type Account = typeof paymentAccounts.$inferSelect;

/**
 * True when a verified notification is exactly what the signed order expects of this number: the
 * order id names this number (and, for an open VA, this transaction id), the body names the number
 * the way its kind is paid (VA or cashier code), and a closed VA or code carries its exact amount.
 * A captured body re-pointed at another number, transaction or amount fails here before anything
 * is written.
 */
export async function matchesOrder(
  tx: Tx,
  account: Account,
  n: PaymentNotification,
): Promise<boolean> {
  const order = parseOrderId(n.order_id);
  if (!order) return false;
  if ((account.kind === 'retail_code') !== (n.payment_code !== undefined)) return false;
  if (account.kind === 'open_va')
    return (
      order.kind === 'open_va' &&
      order.number === account.number &&
      order.transactionId === n.transaction_id
    );
  if (account.amount !== grossAmountRupiah(n.gross_amount)) return false;
  if (account.purpose === 'topup')
    return order.kind === 'retail_topup' && order.code === account.number;
  if (order.kind !== 'booking' || account.bookingId === null) return false;
  const [booking] = await tx
    .select({ code: bookings.code })
    .from(bookings)
    .where(eq(bookings.id, account.bookingId))
    .limit(1);
  return booking?.code === order.bookingCode;
}
