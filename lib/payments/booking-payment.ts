import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { bookings, paymentAccounts, type PaymentBank } from '@/db/schema';
import { now } from '@/lib/clock';
import { expireOverdue } from '@/lib/booking/expiry';
import { isVaBank, VA_FORMATS, type RetailOutlet } from './banks';
import { drawRetailCode } from './retail-code';
import { paymentProvider } from './sandbox-provider';
import { bookingOrderId } from './order-ids';

export type BookingCode =
  | { ok: true; number: string; amount: number; expiresAt: number; companyCode?: string }
  | { ok: false; code: 'not_found' | 'not_payable' };

/**
 * A closed VA number for one booking: company code, then "7" and the booking id, so it can never
 * collide with an open top-up VA (those carry a mobile number, which starts with 8, or "9" + user).
 */
function closedVaNumber(bank: keyof typeof VA_FORMATS, bookingId: number): string {
  const { companyCode, length } = VA_FORMATS[bank];
  return companyCode + '7' + String(bookingId).padStart(length - companyCode.length - 1, '0');
}

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
  expireOverdue();
  const db = getDb();
  const booking = db
    .select({
      id: bookings.id,
      total: bookings.total,
      status: bookings.status,
      holdExpiresAt: bookings.holdExpiresAt,
    })
    .from(bookings)
    .where(and(eq(bookings.code, bookingCode), eq(bookings.userId, userId)))
    .get();
  if (!booking) return { ok: false, code: 'not_found' };
  if (booking.status !== 'awaiting_payment' || booking.holdExpiresAt <= now())
    return { ok: false, code: 'not_payable' };
  const find = () =>
    db
      .select({ number: paymentAccounts.number })
      .from(paymentAccounts)
      .where(and(eq(paymentAccounts.bookingId, booking.id), eq(paymentAccounts.bank, bank)))
      .get();
  let row = find();
  for (let attempt = 0; !row && attempt < 5; attempt++) {
    const number = isVaBank(bank)
      ? closedVaNumber(bank, booking.id)
      : drawRetailCode(bank as RetailOutlet);
    db.insert(paymentAccounts)
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
      .onConflictDoNothing()
      .run();
    row = find();
  }
  if (!row) throw new Error('Could not create a payment number for the booking');
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
