import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { bankPayments } from '@/db/schema';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { now } from '@/lib/clock';
import { applyNotification } from './apply';
import { NotificationSchema, signNotification, statusCodeOf } from './notification';
import { paymentProvider } from './sandbox-provider';
import type { BankTransaction } from './provider';

export type ReconcileReport = { checked: number; applied: number; results: Record<string, number> };

/** A bank transaction as the notification the bank should have sent, signed like one. */
function asNotification(t: BankTransaction) {
  const retail = t.kind === 'retail_code';
  const base = {
    order_id: t.orderId,
    status_code: statusCodeOf(t.status),
    gross_amount: `${t.amount}.00`,
    transaction_status: t.status,
    transaction_id: t.transactionId,
    payment_type: retail ? 'cstore' : 'bank_transfer',
    ...(retail
      ? { payment_code: t.number, store: t.bank.toLowerCase() }
      : { va_numbers: [{ bank: t.bank.toLowerCase(), va_number: t.number }] }),
  };
  return NotificationSchema.parse({
    ...base,
    signature_key: signNotification(base, env().PAYMENT_SERVER_KEY),
  });
}

/**
 * Asks the bank for its transactions of the last `days` and settles, once, every one whose final
 * status never reached us (a lost notification, a crash). It goes through the same idempotent path
 * as a notification, so running it twice, or alongside late notifications, credits nothing twice.
 */
export async function reconcileTopUps(days = 7): Promise<ReconcileReport> {
  const transactions = await paymentProvider().transactionsSince(now() - days * 86_400_000);
  const known = new Map(
    getDb()
      .select({ id: bankPayments.providerTransactionId, status: bankPayments.status })
      .from(bankPayments)
      .where(
        inArray(
          bankPayments.providerTransactionId,
          transactions.map((t) => t.transactionId),
        ),
      )
      .all()
      .map((r) => [r.id, r.status]),
  );
  const report: ReconcileReport = { checked: transactions.length, applied: 0, results: {} };
  for (const t of transactions) {
    const ours = known.get(t.transactionId);
    if (ours && ours !== 'pending') continue;
    const notification = asNotification(t);
    const outcome = applyNotification(
      notification,
      JSON.stringify({ source: 'reconciliation', ...notification }),
    );
    report.applied += 1;
    report.results[outcome.result] = (report.results[outcome.result] ?? 0) + 1;
  }
  log.info('payments.reconciled', { checked: report.checked, applied: report.applied });
  return report;
}
