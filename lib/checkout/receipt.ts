import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { bankPayments, bookings, paymentAccounts, type PaymentBank } from '@/db/schema';
import { walletSummary } from '@/lib/wallet/queries';
import type { PaymentMethod } from './confirm';

export type PaymentReceipt = {
  amount: number;
  method: PaymentMethod;
  /** The bank or outlet for a VA or retail payment; null for KAIPay. */
  bank: PaymentBank | null;
  paidAt: number;
  /** The KAIPay balance now, when the caller has an active wallet. */
  balance: number | null;
};

/**
 * How and when the caller's booking was paid, for the receipt after paying and the booking page;
 * null when it is not the caller's or not paid. Reads only.
 */
export async function paymentReceipt(userId: number, code: string): Promise<PaymentReceipt | null> {
  const db = getDb();
  const [booking] = await db
    .select({
      id: bookings.id,
      total: bookings.total,
      status: bookings.status,
      paidAt: bookings.paidAt,
      method: bookings.paymentMethod,
    })
    .from(bookings)
    .where(and(eq(bookings.code, code), eq(bookings.userId, userId)))
    .limit(1);
  // A cancelled or rescheduled booking was paid too: its receipt still says how.
  if (!booking || booking.paidAt === null || booking.method === null) return null;
  const method = booking.method as PaymentMethod;
  // The bank payment that paid it is the first one that moved money for this booking (a later one
  // was refunded as late or duplicate money).
  const [paidBy] =
    method === 'kaipay'
      ? []
      : await db
          .select({ bank: paymentAccounts.bank })
          .from(bankPayments)
          .innerJoin(paymentAccounts, eq(paymentAccounts.id, bankPayments.paymentAccountId))
          .where(and(eq(paymentAccounts.bookingId, booking.id), isNotNull(bankPayments.transferId)))
          .orderBy(asc(bankPayments.id))
          .limit(1);
  const bank = paidBy?.bank ?? null;
  const wallet = await walletSummary(userId);
  return {
    amount: booking.total,
    method,
    bank,
    paidAt: booking.paidAt,
    balance: wallet?.step === 'active' ? wallet.balance : null,
  };
}
