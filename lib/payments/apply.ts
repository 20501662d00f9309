import 'server-only';
import { and, eq } from 'drizzle-orm';
import { inTransaction, isUniqueViolation } from '@/db';
import {
  bankPayments,
  paymentAccounts,
  paymentNotifications,
  users,
  type Channel,
  type PaymentBank,
  type PaymentFlagKind,
  type TopUpStatus,
} from '@/db/schema';
import type { Tx } from '@/lib/transaction';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { formatRupiah } from '@/lib/money';
import { queueMessage } from '@/lib/notify/sender';
import { queueTicketMessage } from '@/lib/checkout/confirm';
import { settle, type SettleResult } from './settle';
import { matchesOrder } from './order-match';
import { logPaymentFlag, raisePaymentFlag } from './flags';
import { grossAmountRupiah, statusRank, type PaymentNotification } from './notification';

export type ApplyResult =
  | { result: 'unknown_account' | 'inconsistent' }
  | { result: 'duplicate' | 'recorded'; status: string }
  | { result: 'flagged'; flag: PaymentFlagKind }
  | SettleResult;

type Account = typeof paymentAccounts.$inferSelect;
type Payment = typeof bankPayments.$inferSelect;

function numberOf(n: PaymentNotification): { bank: string; number: string } {
  return n.va_numbers?.length
    ? { bank: n.va_numbers[0]!.bank.toUpperCase(), number: n.va_numbers[0]!.va_number }
    : { bank: (n.store ?? '').toUpperCase(), number: n.payment_code! };
}

const FINAL_MONEY = new Set(['settlement', 'returned']);

/**
 * What a notification does to the payment row of its transaction (and order):
 * - a settlement or any status of a transaction we never saw, for an order that already has a
 *   payment (returned included): a second payment of one order. Never credited; a settlement is
 *   recorded as money to return, and either way an admin is flagged;
 * - a chargeback, or a cancel/expire after the money was settled (or a settlement after a cancel):
 *   recorded and flagged, no money moves;
 * - an older or equal status: a duplicate; a newer one moves the row forward and a settlement
 *   credits (settle.ts).
 */
async function decide(
  tx: Tx,
  account: Account,
  n: PaymentNotification,
  existing: Payment | undefined,
): Promise<{ result: ApplyResult; flag?: PaymentFlagKind }> {
  const status = n.transaction_status;
  const t = now();
  if (!existing) {
    const [sibling] = await tx
      .select({ id: bankPayments.id })
      .from(bankPayments)
      .where(eq(bankPayments.orderId, n.order_id))
      .limit(1);
    if (sibling || status === 'chargeback') {
      const flag: PaymentFlagKind = sibling ? 'second_payment' : 'status_after_final';
      if (sibling && status === 'settlement')
        await insertPayment(tx, account, n, { status: 'returned', outcome: 'second_payment' });
      return { result: { result: 'flagged', flag }, flag };
    }
    const paymentId = await insertPayment(tx, account, n, { status });
    return {
      result: status === 'settlement' ? await settleOne(tx, account, n, paymentId) : recorded(n),
    };
  }
  const conflicting =
    status === 'chargeback' ||
    (statusRank(status) > 0 &&
      statusRank(existing.status) > 0 &&
      FINAL_MONEY.has(existing.status) !== FINAL_MONEY.has(status));
  if (conflicting)
    return {
      result: { result: 'flagged', flag: 'status_after_final' },
      flag: 'status_after_final',
    };
  if (statusRank(existing.status) >= statusRank(status))
    return { result: { result: 'duplicate', status: existing.status } };
  await tx
    .update(bankPayments)
    .set({ status, updatedAt: t })
    .where(eq(bankPayments.id, existing.id));
  return {
    result: status === 'settlement' ? await settleOne(tx, account, n, existing.id) : recorded(n),
  };
}

const recorded = (n: PaymentNotification): ApplyResult => ({
  result: 'recorded',
  status: n.transaction_status,
});

function settleOne(tx: Tx, account: Account, n: PaymentNotification, paymentId: number) {
  return settle({
    tx,
    paymentId,
    account,
    gross: grossAmountRupiah(n.gross_amount),
    transactionId: n.transaction_id,
    transactionTime: n.transaction_time,
  });
}

async function insertPayment(
  tx: Tx,
  account: Account,
  n: PaymentNotification,
  values: { status: TopUpStatus; outcome?: string },
): Promise<number> {
  const t = now();
  const [row] = await tx
    .insert(bankPayments)
    .values({
      ...values,
      providerTransactionId: n.transaction_id,
      orderId: n.order_id,
      paymentAccountId: account.id,
      userId: account.userId,
      bank: account.bank,
      grossAmount: grossAmountRupiah(n.gross_amount),
      createdAt: t,
      updatedAt: t,
    })
    .returning({ id: bankPayments.id });
  return row!.id;
}

type Applied = ApplyResult & {
  userId?: number;
  flagRaised?: PaymentFlagKind;
  messageChannel?: Channel;
};

/** The whole application of one notification, as one transaction's work (it may run twice). */
async function applyInTransaction(
  tx: Tx,
  n: PaymentNotification,
  rawBody: string,
): Promise<Applied> {
  const { bank, number } = numberOf(n);
  const [account] = await tx
    .select()
    .from(paymentAccounts)
    .where(and(eq(paymentAccounts.bank, bank as PaymentBank), eq(paymentAccounts.number, number)))
    .limit(1);
  if (!account) return { result: 'unknown_account' };
  if (!(await matchesOrder(tx, account, n))) return { result: 'inconsistent' };
  const [existing] = await tx
    .select()
    .from(bankPayments)
    .where(eq(bankPayments.providerTransactionId, n.transaction_id))
    .limit(1);
  // A transaction id belongs to one order: the same id under another order is a forgery.
  if (existing && existing.orderId !== n.order_id) return { result: 'inconsistent' };
  const { result, flag } = await decide(tx, account, n, existing);
  const [notification] = await tx
    .insert(paymentNotifications)
    .values({
      providerTransactionId: n.transaction_id,
      transactionStatus: n.transaction_status,
      rawBody,
      result: result.result,
      receivedAt: now(),
    })
    .returning({ id: paymentNotifications.id });
  const raised =
    flag !== undefined &&
    (await raisePaymentFlag(tx, {
      kind: flag,
      orderId: n.order_id,
      transactionId: n.transaction_id,
      transactionStatus: n.transaction_status,
      notificationId: notification!.id,
    }));
  const message = await queuePassengerMessage(tx, account.userId, result);
  return {
    ...result,
    userId: account.userId,
    ...(raised ? { flagRaised: flag } : {}),
    ...(message ? { messageChannel: message.channel } : {}),
  };
}

/**
 * The passenger's message about money that moved, written to the outbox in the transaction that
 * moved it (queueMessage: the transactional outbox), so the message exists exactly when the money
 * moved. Nothing is sent for outcomes where no money reached the passenger.
 */
async function queuePassengerMessage(
  tx: Tx,
  userId: number,
  result: ApplyResult,
): Promise<{ channel: Channel } | null> {
  if (result.result === 'booking_paid') {
    await queueTicketMessage(tx, result.bookingId);
    return null;
  }
  const body =
    result.result === 'credited'
      ? `Top up berhasil. Saldo KAIPay Anda bertambah ${formatRupiah(result.amount)}.`
      : result.result === 'refunded'
        ? `Pembayaran ${formatRupiah(result.amount)} diterima setelah batas waktu pemesanan. Dana dikembalikan ke KAIPay Anda.`
        : null;
  if (body === null) return null;
  const [user] = await tx
    .select({ phone: users.phone })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return user ? queueMessage(tx, { phone: user.phone, body }) : null;
}

/**
 * Applies a verified notification in one serializable transaction (inTransaction in db/index.ts):
 * the raw body is kept, the notification must be exactly what its signed order expects
 * (order-match.ts), the payment's status only moves forward, and one bank order credits the wallet
 * (or pays the booking) at most once, whatever its transaction ids: the transaction reads the
 * order's payments before it writes, so of two deliveries racing (in one process or several) the
 * second sees the first's row, and the database refuses a second ledger transfer for an order
 * (bank_payments_order_credit_unique). What cannot be credited is refunded or marked returned to
 * the bank (settle.ts); what needs a person is flagged (flags.ts). The passenger's message is
 * written to the outbox in the same transaction (one commit with the money); logs come after it.
 */
export async function applyNotification(
  n: PaymentNotification,
  rawBody: string,
): Promise<ApplyResult> {
  const { flagRaised, messageChannel, ...outcome } = await applyOnce(n, rawBody);
  if (flagRaised) logPaymentFlag(flagRaised, n.transaction_status);
  if (outcome.result === 'returned')
    log.warn('payment.returned_to_bank', {
      transactionId: n.transaction_id,
      reason: outcome.reason,
    });
  log.info('payment.notification', { result: outcome.result, status: n.transaction_status });
  if (messageChannel) log.info('message.queued', { channel: messageChannel });
  if (outcome.result === 'booking_paid')
    log.info('tickets.announced', { bookingId: outcome.bookingId });
  return outcome;
}

/**
 * One application; rerun once when a unique index refused a write. That happens only when another
 * delivery of the same transaction or order committed first (its row was not yet visible), and the
 * rerun reads that row and answers duplicate or flagged, as a later delivery would.
 */
async function applyOnce(n: PaymentNotification, rawBody: string): Promise<Applied> {
  try {
    return await inTransaction((tx) => applyInTransaction(tx, n, rawBody));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return inTransaction((tx) => applyInTransaction(tx, n, rawBody));
  }
}
