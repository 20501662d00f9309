import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { bookings, paymentAccounts, type PaymentBank } from '@/db/schema';
import { now } from '@/lib/clock';
import { expireOverdue } from '@/lib/booking/expiry';
import { log } from '@/lib/log';
import { closedVaCandidates, isVaBank, VA_FORMATS, type RetailOutlet } from './banks';
import { drawRetailCode } from './retail-code';
import { paymentProvider } from './provider';
import { bookingOrderId } from './order-ids';

export type BookingPaymentRefusal =
  'not_found' | 'not_payable' | 'departed' | 'number_unavailable' | 'payments_unavailable';
export type BookingCode =
  | { ok: true; number: string; amount: number; expiresAt: number; companyCode?: string }
  | { ok: false; code: BookingPaymentRefusal };

/**
 * The number to pay a booking at a bank or retail outlet: a closed VA (or payment code) for the
 * booking's exact total that expires with the hold. Idempotent per booking and bank; only the
 * booking's owner gets one, and only while it awaits payment.
 */
export async function createBookingPaymentCode(
  userId: number,
  bookingCode: string,
  bank: PaymentBank,
): Promise<BookingCode> {
  await expireOverdue();
  const [booking] = await getDb()
    .select({
      id: bookings.id,
      total: bookings.total,
      status: bookings.status,
      holdExpiresAt: bookings.holdExpiresAt,
      departsAt: bookings.departsAt,
    })
    .from(bookings)
    .where(and(eq(bookings.code, bookingCode), eq(bookings.userId, userId)))
    .limit(1);
  if (!booking) return { ok: false, code: 'not_found' };
  if (booking.status !== 'awaiting_payment' || booking.holdExpiresAt <= now())
    return { ok: false, code: 'not_payable' };
  if (booking.departsAt <= now()) return { ok: false, code: 'departed' };
  if (!paymentProvider().available) return { ok: false, code: 'payments_unavailable' };
  const find = async () =>
    (
      await getDb()
        .select({ number: paymentAccounts.number })
        .from(paymentAccounts)
        .where(and(eq(paymentAccounts.bookingId, booking.id), eq(paymentAccounts.bank, bank)))
        .limit(1)
    )[0];
  // Closed VAs live in their own number space (banks.ts); a number someone else already holds
  // (an open VA made before the spaces were split) is skipped, and when every candidate is taken
  // the passenger is told to pick another bank: a clear refusal, not an error page.
  const candidates = isVaBank(bank)
    ? closedVaCandidates(bank, booking.id)
    : Array.from({ length: 5 }, () => drawRetailCode(bank as RetailOutlet));
  const row =
    (await find()) ??
    (await inTransaction(async (tx) => {
      for (const number of candidates) {
        await tx
          .insert(paymentAccounts)
          .values({
            kind: isVaBank(bank) ? 'closed_va' : 'retail_code',
            bank,
            number,
            userId,
            purpose: 'booking',
            bookingId: booking.id,
            amount: booking.total,
            expiresAt: booking.holdExpiresAt,
            createdAt: now(),
          })
          .onConflictDoNothing();
        const made = await find();
        if (made) return made;
      }
      return undefined;
    }));
  if (!row) {
    log.warn('payment.number_unavailable', { bank, bookingId: booking.id });
    return { ok: false, code: 'number_unavailable' };
  }
  await paymentProvider().register({
    bank,
    number: row.number,
    kind: isVaBank(bank) ? 'closed_va' : 'retail_code',
    orderId: bookingOrderId(bookingCode),
    amount: booking.total,
    expiresAt: booking.holdExpiresAt,
  });
  return {
    ok: true,
    number: row.number,
    amount: booking.total,
    expiresAt: booking.holdExpiresAt,
    ...(isVaBank(bank) ? { companyCode: VA_FORMATS[bank].companyCode } : {}),
  };
}
