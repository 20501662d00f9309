import 'server-only';
import { eq } from 'drizzle-orm';
import { bankPayments, bookings, paymentAccounts } from '@/db/schema';
import { now } from '@/lib/clock';
import { numberSetting } from '@/lib/settings';
import { confirmBookingPaid } from '@/lib/checkout/confirm';
import { expireOverdue } from '@/lib/booking/expiry';
import { bankClearingAccountId, systemAccountId, walletAccountId } from '@/lib/ledger/accounts';
import { postTransfer } from '@/lib/ledger/transfer';
import type { Tx } from '@/lib/transaction';
import { isWalletFrozen } from '@/lib/wallet/payments';
import { topUpFee } from './fees';
import { bankPaidAt } from './transaction-time';

export type SettleResult =
  | { result: 'credited'; amount: number; fee: number }
  | { result: 'booking_paid'; bookingId: number }
  | { result: 'refunded'; amount: number }
  | { result: 'returned'; reason: string };

type Account = typeof paymentAccounts.$inferSelect;
type Settlement = {
  tx: Tx;
  paymentId: number;
  account: Account;
  gross: number;
  transactionId: string;
  /** The notification's transaction_time (bank time, WIB), validated by bankPaidAt. */
  transactionTime?: string;
};

/** Marks the payment for return to the bank; the caller logs it after the commit. */
async function markReturned({ tx, paymentId }: Settlement, reason: string): Promise<SettleResult> {
  await tx
    .update(bankPayments)
    .set({ status: 'returned', outcome: reason })
    .where(eq(bankPayments.id, paymentId));
  return { result: 'returned', reason };
}

/** Settled money for one of our numbers: a top-up credits the wallet, a booking payment pays the booking. */
export async function settle(s: Settlement): Promise<SettleResult> {
  if (s.account.amount !== null && s.account.amount !== s.gross)
    return markReturned(s, 'amount_mismatch');
  return s.account.purpose === 'booking' ? settleBooking(s) : settleTopUp(s);
}

async function settleTopUp(s: Settlement): Promise<SettleResult> {
  const { tx, account, gross } = s;
  if (account.expiresAt !== null && account.expiresAt <= now())
    return markReturned(s, 'expired_code');
  if (gross < (await numberSetting('topup_min', tx))) return markReturned(s, 'below_minimum');
  const wallet = await walletAccountId(tx, account.userId);
  if (wallet === null) return markReturned(s, 'wallet_inactive');
  // Frozen by an admin (issue 11.5): the money goes back to the bank, like a limit breach.
  if (await isWalletFrozen(tx, account.userId)) return markReturned(s, 'wallet_frozen');
  const { fee } = await topUpFee(account.bank);
  if (fee >= gross) return markReturned(s, 'below_minimum');
  const entries = [
    { accountId: await bankClearingAccountId(tx, account.bank), amount: -gross },
    { accountId: wallet, amount: gross - fee },
  ];
  if (fee > 0) entries.push({ accountId: await systemAccountId(tx, 'fee_revenue'), amount: fee });
  const transfer = await postTransfer(tx, {
    kind: 'topup',
    idempotencyKey: `topup:${s.transactionId}`,
    reference: `Top up ${account.bank} ${account.number}`,
    entries,
  });
  if (!transfer.ok) return markReturned(s, transfer.code);
  await tx
    .update(bankPayments)
    .set({ fee, transferId: transfer.transferId, outcome: 'credited' })
    .where(eq(bankPayments.id, s.paymentId));
  return { result: 'credited', amount: gross - fee, fee };
}

/**
 * Money for a booking: in time, it pays the booking and issues its tickets in this transaction;
 * late (hold expired, or the train already left) or after the booking was paid another way, it is
 * refunded to the passenger's KAIPay when active, else marked for return to the bank. No ticket is
 * issued for late money.
 */
async function settleBooking(s: Settlement): Promise<SettleResult> {
  const { tx, account, gross } = s;
  const method = account.kind === 'retail_code' ? 'retail' : 'va';
  const at = now();
  // A hold past its deadline is expired (and its seats freed) before deciding what the money does.
  await expireOverdue(tx);
  const clearing = await bankClearingAccountId(tx, account.bank);
  const [booking] = await tx
    .select({ departsAt: bookings.departsAt })
    .from(bookings)
    .where(eq(bookings.id, account.bookingId!))
    .limit(1);
  const departsAt = booking?.departsAt;
  // A hold can outlive its train (booked shortly before departure): a ticket for a train that has
  // left is worth nothing, so that money is treated as late.
  // Money paid before the deadline is in time even when its notification comes later: the hold
  // keeps its seats for a grace period (expiry.ts) and the bank's time decides (issue 12.10).
  const paidAt = bankPaidAt(s.transactionTime, account.createdAt, at);
  const confirmed =
    departsAt !== undefined && departsAt > at
      ? await confirmBookingPaid(tx, { bookingId: account.bookingId!, method, at: paidAt })
      : { result: 'not_payable' as const };
  if (confirmed.result === 'paid') {
    const transfer = await postTransfer(tx, {
      kind: 'payment',
      idempotencyKey: `bookingpay:${s.transactionId}`,
      reference: `Tiket ${method.toUpperCase()} ${account.bank}`,
      entries: [
        { accountId: clearing, amount: -gross },
        { accountId: await systemAccountId(tx, 'ticket_revenue'), amount: gross },
      ],
    });
    // Between two system accounts nothing can refuse; a refusal here is a bug and rolls everything back.
    if (!transfer.ok) throw new Error(`booking payment transfer refused: ${transfer.code}`);
    await tx
      .update(bankPayments)
      .set({ transferId: transfer.transferId, outcome: 'booking_paid' })
      .where(eq(bankPayments.id, s.paymentId));
    return { result: 'booking_paid', bookingId: account.bookingId! };
  }
  const wallet = await walletAccountId(tx, account.userId);
  if (wallet === null || (await isWalletFrozen(tx, account.userId)))
    return markReturned(s, 'booking_not_payable');
  // New money from a bank, so it counts toward the monthly incoming limit like a top-up (a 'refund'
  // would not, and paying one booking at several banks would then bypass the limit).
  const refund = await postTransfer(tx, {
    kind: 'topup',
    idempotencyKey: `bookingpay:${s.transactionId}`,
    reference: `Pengembalian dana ${account.bank} ${account.number}`,
    entries: [
      { accountId: clearing, amount: -gross },
      { accountId: wallet, amount: gross },
    ],
  });
  if (!refund.ok) return markReturned(s, 'booking_not_payable');
  await tx
    .update(bankPayments)
    .set({ transferId: refund.transferId, outcome: 'refunded_to_kaipay' })
    .where(eq(bankPayments.id, s.paymentId));
  return { result: 'refunded', amount: gross };
}
