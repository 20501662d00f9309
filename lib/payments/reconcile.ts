import 'server-only';
import { gte, inArray, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { bankPayments, paymentFlags } from '@/db/schema';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { now } from '@/lib/clock';
import { applyNotification } from './apply';
import {
  NotificationSchema,
  signNotification,
  statusCodeOf,
  type PaymentNotification,
} from './notification';
import { compareWithBank, type AppPayment, type ReconciliationDifference } from './reconcile-diff';
import { saveReconciliation } from './reconcile-store';
import { paymentProvider } from './provider';
import type { BankTransaction } from './provider';

export type ReconcileReport = {
  checked: number;
  applied: number;
  results: Record<string, number>;
  /** Both ways, after applying: what the bank settled that the app lacks, and the reverse. */
  differences: ReconciliationDifference[];
};

/**
 * A bank transaction as the notification the bank should have sent, signed like one; null when
 * the bank reports something no notification of ours could carry (it is then left to the
 * comparison, which shows it as missing in the app).
 */
function asNotification(t: BankTransaction): PaymentNotification | null {
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
  const parsed = NotificationSchema.safeParse({
    ...base,
    signature_key: signNotification(base, env().PAYMENT_SERVER_KEY),
  });
  return parsed.success ? parsed.data : null;
}

/** The window's edge: bank transactions this much older still match app payments inside it. */
const EDGE_MS = 86_400_000;

/**
 * Reconciles with the bank's settlement report of the last `days`, both ways. First it settles,
 * once, every bank transaction whose final status never reached us (a lost notification, a crash),
 * through the same idempotent path as a notification, so running it twice, or alongside late
 * notifications, credits nothing twice. Then it compares what the bank settled with what the app
 * holds as settled and stores the differences (missing_in_app, missing_at_bank, amount_mismatch)
 * as this run's result for the admin pages.
 */
export async function reconcileTopUps(days = 7): Promise<ReconcileReport> {
  const since = now() - days * 86_400_000;
  const transactions = await paymentProvider().transactionsSince(since - EDGE_MS);
  const ids = transactions.map((t) => t.transactionId);
  const db = getDb();
  const known = new Map(
    (
      await db
        .select({ id: bankPayments.providerTransactionId, status: bankPayments.status })
        .from(bankPayments)
        .where(inArray(bankPayments.providerTransactionId, ids))
    ).map((r) => [r.id, r.status]),
  );
  // A flagged notification is already with an admin; applying it again would only flag it again.
  const flagged = new Set(
    (
      await db
        .select({ id: paymentFlags.providerTransactionId })
        .from(paymentFlags)
        .where(inArray(paymentFlags.providerTransactionId, ids))
    ).map((r) => r.id),
  );
  const report: ReconcileReport = {
    checked: transactions.length,
    applied: 0,
    results: {},
    differences: [],
  };
  for (const t of transactions) {
    const ours = known.get(t.transactionId);
    if ((ours && ours !== 'pending') || flagged.has(t.transactionId)) continue;
    const notification = asNotification(t);
    if (!notification) {
      report.results.malformed = (report.results.malformed ?? 0) + 1;
      continue;
    }
    const outcome = await applyNotification(
      notification,
      JSON.stringify({ source: 'reconciliation', ...notification }),
    );
    report.applied += 1;
    report.results[outcome.result] = (report.results[outcome.result] ?? 0) + 1;
  }
  report.differences = compareWithBank(transactions, await appPayments(since, ids), since);
  await saveReconciliation(since, report);
  log.info('payments.reconciled', {
    checked: report.checked,
    applied: report.applied,
    differences: report.differences.length,
  });
  return report;
}

/** The app's payments inside the window, plus any outside it the bank's report names. */
async function appPayments(since: number, bankIds: string[]): Promise<AppPayment[]> {
  return getDb()
    .select({
      transactionId: bankPayments.providerTransactionId,
      orderId: bankPayments.orderId,
      bank: bankPayments.bank,
      grossAmount: bankPayments.grossAmount,
      status: bankPayments.status,
      createdAt: bankPayments.createdAt,
    })
    .from(bankPayments)
    .where(
      or(gte(bankPayments.createdAt, since), inArray(bankPayments.providerTransactionId, bankIds)),
    );
}
