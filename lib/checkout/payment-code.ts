import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { bookings, paymentAccounts, type PaymentBank } from '@/db/schema';
import { VA_FORMATS, isVaBank } from '@/lib/payments/banks';

export type ShownPaymentCode = {
  number: string;
  amount: number;
  expiresAt: number;
  companyCode?: string;
};

/**
 * The closed VA or retail code already made for the caller's booking at `bank`, or null. A read
 * only: the checkout page shows what the "choose a bank" action created and never creates one
 * itself, so a prefetch or a crawler writes nothing (STYLE.md rule 14).
 */
export async function shownPaymentCode(
  userId: number,
  bookingCode: string,
  bank: PaymentBank,
): Promise<ShownPaymentCode | null> {
  const [row] = await getDb()
    .select({
      number: paymentAccounts.number,
      amount: paymentAccounts.amount,
      expiresAt: paymentAccounts.expiresAt,
    })
    .from(paymentAccounts)
    .innerJoin(bookings, eq(bookings.id, paymentAccounts.bookingId))
    .where(
      and(
        eq(bookings.code, bookingCode),
        eq(bookings.userId, userId),
        eq(paymentAccounts.userId, userId),
        eq(paymentAccounts.bank, bank),
        eq(paymentAccounts.purpose, 'booking'),
      ),
    )
    .limit(1);
  if (!row || row.amount === null || row.expiresAt === null) return null;
  return {
    number: row.number,
    amount: row.amount,
    expiresAt: row.expiresAt,
    ...(isVaBank(bank) ? { companyCode: VA_FORMATS[bank].companyCode } : {}),
  };
}
