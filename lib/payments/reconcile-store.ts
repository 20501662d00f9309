import 'server-only';
import { desc, eq, inArray, lt } from 'drizzle-orm';
import { getDb } from '@/db';
import { paymentReconciliationDifferences, paymentReconciliations } from '@/db/schema';
import { now } from '@/lib/clock';
import type { ReconciliationDifference } from './reconcile-diff';

/** Runs are kept this long (one every 5 minutes is about 8.600 a month). */
const KEEP_MS = 30 * 86_400_000;

/**
 * Stores one reconciliation run with its differences, so pages can show it without asking the
 * bank, and drops runs older than 30 days.
 */
export function saveReconciliation(
  since: number,
  report: { checked: number; applied: number; differences: ReconciliationDifference[] },
): void {
  getDb().transaction(
    (tx) => {
      const old = tx
        .select({ id: paymentReconciliations.id })
        .from(paymentReconciliations)
        .where(lt(paymentReconciliations.ranAt, now() - KEEP_MS));
      tx.delete(paymentReconciliationDifferences)
        .where(inArray(paymentReconciliationDifferences.runId, old))
        .run();
      tx.delete(paymentReconciliations)
        .where(lt(paymentReconciliations.ranAt, now() - KEEP_MS))
        .run();
      const run = tx
        .insert(paymentReconciliations)
        .values({ since, checked: report.checked, applied: report.applied, ranAt: now() })
        .returning({ id: paymentReconciliations.id })
        .get();
      for (const d of report.differences)
        tx.insert(paymentReconciliationDifferences)
          .values({
            runId: run.id,
            kind: d.kind,
            providerTransactionId: d.transactionId,
            orderId: d.orderId,
            bank: d.bank,
            bankAmount: d.bankAmount,
            appAmount: d.appAmount,
            bankAt: d.bankAt,
            appAt: d.appAt,
          })
          .run();
    },
    { behavior: 'immediate' },
  );
}

export type ReconciliationRun = {
  ranAt: number;
  since: number;
  checked: number;
  applied: number;
  differences: ReconciliationDifference[];
};

/** The latest reconciliation run and its differences, or null before the first run. */
export function latestReconciliation(): ReconciliationRun | null {
  const db = getDb();
  const run = db
    .select()
    .from(paymentReconciliations)
    .orderBy(desc(paymentReconciliations.id))
    .limit(1)
    .get();
  if (!run) return null;
  const differences = db
    .select({
      kind: paymentReconciliationDifferences.kind,
      transactionId: paymentReconciliationDifferences.providerTransactionId,
      orderId: paymentReconciliationDifferences.orderId,
      bank: paymentReconciliationDifferences.bank,
      bankAmount: paymentReconciliationDifferences.bankAmount,
      appAmount: paymentReconciliationDifferences.appAmount,
      bankAt: paymentReconciliationDifferences.bankAt,
      appAt: paymentReconciliationDifferences.appAt,
    })
    .from(paymentReconciliationDifferences)
    .where(eq(paymentReconciliationDifferences.runId, run.id))
    .orderBy(paymentReconciliationDifferences.id)
    .all();
  const { ranAt, since, checked, applied } = run;
  return { ranAt, since, checked, applied, differences };
}
