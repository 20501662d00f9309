import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { bankPayments, bookingRefunds, bookings, paymentAccounts, users } from '@/db/schema';

/** The caller's latest top-ups with their status (credited, pending, returned to the bank). */
export async function recentTopUps(userId: number, limit = 10) {
  return getDb()
    .select({
      id: bankPayments.id,
      bank: bankPayments.bank,
      grossAmount: bankPayments.grossAmount,
      fee: bankPayments.fee,
      status: bankPayments.status,
      outcome: bankPayments.outcome,
      createdAt: bankPayments.createdAt,
    })
    .from(bankPayments)
    .innerJoin(paymentAccounts, eq(paymentAccounts.id, bankPayments.paymentAccountId))
    .where(and(eq(bankPayments.userId, userId), eq(paymentAccounts.purpose, 'topup')))
    .orderBy(desc(bankPayments.id))
    .limit(limit);
}

/** A retail top-up code, only when it belongs to the caller. */
export async function ownRetailCode(userId: number, code: string) {
  const [own] = await getDb()
    .select({
      code: paymentAccounts.number,
      bank: paymentAccounts.bank,
      amount: paymentAccounts.amount,
      expiresAt: paymentAccounts.expiresAt,
    })
    .from(paymentAccounts)
    .where(
      and(
        eq(paymentAccounts.userId, userId),
        eq(paymentAccounts.number, code),
        eq(paymentAccounts.kind, 'retail_code'),
      ),
    )
    .limit(1);
  return own;
}

/** Money returned to the bank, for the admin: who, how much, why. */
export async function returnedTopUps(limit = 50) {
  return getDb()
    .select({
      id: bankPayments.id,
      transactionId: bankPayments.providerTransactionId,
      bank: bankPayments.bank,
      grossAmount: bankPayments.grossAmount,
      outcome: bankPayments.outcome,
      createdAt: bankPayments.createdAt,
      email: users.email,
    })
    .from(bankPayments)
    .innerJoin(users, eq(users.id, bankPayments.userId))
    .where(eq(bankPayments.status, 'returned'))
    .orderBy(desc(bankPayments.id))
    .limit(limit);
}

/** Cancellation refunds that could not go to KAIPay and wait to be paid out by bank transfer. */
export async function refundsToBank(limit = 50) {
  return getDb()
    .select({
      id: bookingRefunds.id,
      amount: bookingRefunds.amount,
      createdAt: bookingRefunds.createdAt,
      email: users.email,
      method: bookings.paymentMethod,
    })
    .from(bookingRefunds)
    .innerJoin(bookings, eq(bookings.id, bookingRefunds.bookingId))
    .innerJoin(users, eq(users.id, bookings.userId))
    .where(eq(bookingRefunds.status, 'to_bank'))
    .orderBy(desc(bookingRefunds.id))
    .limit(limit);
}
