import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { bankPayments, paymentAccounts, paymentNotifications, users, type PaymentBank } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { formatRupiah } from '@/lib/money';
import { numberSetting } from '@/lib/settings';
import { bankClearingAccountId, systemAccountId, walletAccountId } from '@/lib/ledger/accounts';
import { postTransfer } from '@/lib/ledger/transfer';
import type { Tx } from '@/lib/ledger/tx';
import { sendMessage } from '@/lib/notify/sender';
import { topUpFee } from './fees';
import { grossAmountRupiah, statusRank, type PaymentNotification } from './notification';

export type ApplyResult =
  | { result: 'unknown_account' }
  | { result: 'duplicate' | 'recorded'; status: string }
  | { result: 'credited'; amount: number; fee: number }
  | { result: 'returned'; reason: string };

type Account = typeof paymentAccounts.$inferSelect;

function numberOf(n: PaymentNotification): { bank: string; number: string } {
  return n.va_numbers?.length ? { bank: n.va_numbers[0]!.bank.toUpperCase(), number: n.va_numbers[0]!.va_number } : { bank: (n.store ?? '').toUpperCase(), number: n.payment_code! };
}

/**
 * Applies a verified notification in one immediate transaction keyed on the bank's transaction id:
 * the raw body is kept, the payment's status only moves forward, and a settlement credits the
 * wallet exactly once (the ledger transfer's idempotency key is the transaction id). Money that
 * would break a limit, or that does not match a closed number, is marked returned to the bank.
 */
export function applyNotification(n: PaymentNotification, rawBody: string): ApplyResult {
  const { bank, number } = numberOf(n);
  const outcome = getDb().transaction((tx) => {
    const account = tx.select().from(paymentAccounts).where(and(eq(paymentAccounts.bank, bank as PaymentBank), eq(paymentAccounts.number, number))).get();
    if (!account) return { result: 'unknown_account' } as const;
    const t = now();
    const existing = tx.select().from(bankPayments).where(eq(bankPayments.providerTransactionId, n.transaction_id)).get();
    let result: ApplyResult;
    if (existing && statusRank(existing.status) >= statusRank(n.transaction_status)) {
      result = { result: 'duplicate', status: existing.status };
    } else {
      const values = { status: n.transaction_status, updatedAt: t };
      const paymentId = existing
        ? (tx.update(bankPayments).set(values).where(eq(bankPayments.id, existing.id)).run(), existing.id)
        : tx.insert(bankPayments).values({ ...values, providerTransactionId: n.transaction_id, orderId: n.order_id, paymentAccountId: account.id,
          userId: account.userId, bank: account.bank, grossAmount: grossAmountRupiah(n.gross_amount), createdAt: t }).returning({ id: bankPayments.id }).get().id;
      result = n.transaction_status === 'settlement' ? settle(tx, paymentId, account, grossAmountRupiah(n.gross_amount), n.transaction_id) : { result: 'recorded', status: n.transaction_status };
    }
    tx.insert(paymentNotifications).values({ providerTransactionId: n.transaction_id, transactionStatus: n.transaction_status, rawBody, result: result.result, receivedAt: t }).run();
    return { ...result, userId: account.userId };
  }, { behavior: 'immediate' });
  if (outcome.result === 'credited') void tellPassenger(outcome.userId, outcome.amount);
  log.info('payment.notification', { result: outcome.result, status: n.transaction_status });
  return outcome;
}

/** A settled payment for one of our numbers: credit the wallet, or mark the money returned. */
function settle(tx: Tx, paymentId: number, account: Account, gross: number, transactionId: string): ApplyResult {
  const returned = (reason: string): ApplyResult => {
    tx.update(bankPayments).set({ status: 'returned', outcome: reason }).where(eq(bankPayments.id, paymentId)).run();
    log.warn('payment.returned_to_bank', { paymentId, reason });
    return { result: 'returned', reason };
  };
  if (account.amount !== null && account.amount !== gross) return returned('amount_mismatch');
  if (account.expiresAt !== null && account.expiresAt <= now()) return returned('expired_code');
  if (gross < numberSetting('topup_min')) return returned('below_minimum');
  const wallet = walletAccountId(tx, account.userId);
  if (wallet === null) return returned('wallet_inactive');
  const { fee } = topUpFee(account.bank);
  if (fee >= gross) return returned('below_minimum');
  const entries = [{ accountId: bankClearingAccountId(tx, account.bank), amount: -gross }, { accountId: wallet, amount: gross - fee }];
  if (fee > 0) entries.push({ accountId: systemAccountId(tx, 'fee_revenue'), amount: fee });
  const transfer = postTransfer(tx, { kind: 'topup', idempotencyKey: `topup:${transactionId}`, reference: `Top up ${account.bank} ${account.number}`, entries });
  if (!transfer.ok) return returned(transfer.code);
  tx.update(bankPayments).set({ fee, transferId: transfer.transferId, outcome: 'credited' }).where(eq(bankPayments.id, paymentId)).run();
  return { result: 'credited', amount: gross - fee, fee };
}

async function tellPassenger(userId: number, amount: number): Promise<void> {
  const phone = getDb().select({ phone: users.phone }).from(users).where(eq(users.id, userId)).get()?.phone;
  if (!phone) return;
  await sendMessage({ phone, body: `Top up berhasil. Saldo KAIPay Anda bertambah ${formatRupiah(amount)}.` })
    .catch((e: unknown) => log.error('payment.message_failed', { message: String(e) }));
}
