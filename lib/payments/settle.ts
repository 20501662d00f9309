import 'server-only';
import { eq } from 'drizzle-orm';
import { bankPayments, bookings, paymentAccounts } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
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

function markReturned({ tx, paymentId }: Settlement, reason: string): SettleResult {
  tx.update(bankPayments)
    .set({ status: 'returned', outcome: reason })
    .where(eq(bankPayments.id, paymentId))
    .run();
  log.warn('payment.returned_to_bank', { paymentId, reason });
  return { result: 'returned', reason };
}

/** Settled money for one of our numbers: a top-up credits the wallet, a booking payment pays the booking. */
export function settle(s: Settlement): SettleResult {
  if (s.account.amount !== null && s.account.amount !== s.gross)
    return markReturned(s, 'amount_mismatch');
  return s.account.purpose === 'booking' ? settleBooking(s) : settleTopUp(s);
}

function settleTopUp(s: Settlement): SettleResult {
  const { tx, account, gross } = s;
  if (account.expiresAt !== null && account.expiresAt <= now())
    return markReturned(s, 'expired_code');
  if (gross < numberSetting('topup_min')) return markReturned(s, 'below_minimum');
  const wallet = walletAccountId(tx, account.userId);
  if (wallet === null) return markReturned(s, 'wallet_inactive');
  // Frozen by an admin (issue 11.5): the money goes back to the bank, like a limit breach.
  if (isWalletFrozen(tx, account.userId)) return markReturned(s, 'wallet_frozen');
  const { fee } = topUpFee(account.bank);
  if (fee >= gross) return markReturned(s, 'below_minimum');
  const entries = [
    { accountId: bankClearingAccountId(tx, account.bank), amount: -gross },
    { accountId: wallet, amount: gross - fee },
  ];
  if (fee > 0) entries.push({ accountId: systemAccountId(tx, 'fee_revenue'), amount: fee });
  const transfer = postTransfer(tx, {
    kind: 'topup',
    idempotencyKey: `topup:${s.transactionId}`,
    reference: `Top up ${account.bank} ${account.number}`,
    entries,
  });
  if (!transfer.ok) return markReturned(s, transfer.code);
  tx.update(bankPayments)
    .set({ fee, transferId: transfer.transferId, outcome: 'credited' })
    .where(eq(bankPayments.id, s.paymentId))
    .run();
  return { result: 'credited', amount: gross - fee, fee };
}

/**
 * Money for a booking: in time, it pays the booking and issues its tickets in this transaction;
 * late (hold expired, or the train already left) or after the booking was paid another way, it is
 * refunded to the passenger's KAIPay when active, else marked for return to the bank. No ticket is
 * issued for late money.
 */
function settleBooking(s: Settlement): SettleResult {
  const { tx, account, gross } = s;
  const method = account.kind === 'retail_code' ? 'retail' : 'va';
  const at = now();
  // A hold past its deadline is expired (and its seats freed) before deciding what the money does.
  expireOverdue(tx);
  const clearing = bankClearingAccountId(tx, account.bank);
  const departsAt = tx
    .select({ departsAt: bookings.departsAt })
    .from(bookings)
    .where(eq(bookings.id, account.bookingId!))
    .get()?.departsAt;
  // A hold can outlive its train (booked shortly before departure): a ticket for a train that has
  // left is worth nothing, so that money is treated as late.
  // Money paid before the deadline is in time even when its notification comes later: the hold
  // keeps its seats for a grace period (expiry.ts) and the bank's time decides (issue 12.10).
  const paidAt = bankPaidAt(s.transactionTime, account.createdAt, at);
  const confirmed =
    departsAt !== undefined && departsAt > at
      ? confirmBookingPaid(tx, { bookingId: account.bookingId!, method, at: paidAt })
      : { result: 'not_payable' as const };
  if (confirmed.result === 'paid') {
    const transfer = postTransfer(tx, {
      kind: 'payment',
      idempotencyKey: `bookingpay:${s.transactionId}`,
      reference: `Tiket ${method.toUpperCase()} ${account.bank}`,
      entries: [
        { accountId: clearing, amount: -gross },
        { accountId: systemAccountId(tx, 'ticket_revenue'), amount: gross },
      ],
    });
    // Between two system accounts nothing can refuse; a refusal here is a bug and rolls everything back.
    if (!transfer.ok) throw new Error(`booking payment transfer refused: ${transfer.code}`);
    tx.update(bankPayments)
      .set({ transferId: transfer.transferId, outcome: 'booking_paid' })
      .where(eq(bankPayments.id, s.paymentId))
      .run();
    return { result: 'booking_paid', bookingId: account.bookingId! };
  }
  const wallet = walletAccountId(tx, account.userId);
  if (wallet === null || isWalletFrozen(tx, account.userId))
    return markReturned(s, 'booking_not_payable');
  // New money from a bank, so it counts toward the monthly incoming limit like a top-up (a 'refund'
  // would not, and paying one booking at several banks would then bypass the limit).
  const refund = postTransfer(tx, {
    kind: 'topup',
    idempotencyKey: `bookingpay:${s.transactionId}`,
    reference: `Pengembalian dana ${account.bank} ${account.number}`,
    entries: [
      { accountId: clearing, amount: -gross },
      { accountId: wallet, amount: gross },
    ],
  });
  if (!refund.ok) return markReturned(s, 'booking_not_payable');
  tx.update(bankPayments)
    .set({ transferId: refund.transferId, outcome: 'refunded_to_kaipay' })
    .where(eq(bankPayments.id, s.paymentId))
    .run();
  return { result: 'refunded', amount: gross };
}
