import 'server-only';
import { desc, eq, inArray, lt } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { paymentReconciliationDifferences, paymentReconciliations } from '@/db/schema';
import { now } from '@/lib/clock';
import type { ReconciliationDifference } from './reconcile-diff';

/** Runs are kept this long (one every 5 minutes is about 8.600 a month). */
const KEEP_MS = 30 * 86_400_000;
const BATCH = 500;

/**
 * Stores one reconciliation run with its differences, so pages can show it without asking the
 * bank, and drops runs older than 30 days.
 */
export async function saveReconciliation(
  since: number,
  report: { checked: number; applied: number; differences: ReconciliationDifference[] },
): Promise<void> {
  const t = now();
  await inTransaction(async (tx) => {
    const old = tx
      .select({ id: paymentReconciliations.id })
      .from(paymentReconciliations)
      .where(lt(paymentReconciliations.ranAt, t - KEEP_MS));
    await tx
      .delete(paymentReconciliationDifferences)
      .where(inArray(paymentReconciliationDifferences.runId, old));
    await tx.delete(paymentReconciliations).where(lt(paymentReconciliations.ranAt, t - KEEP_MS));
    const [run] = await tx
      .insert(paymentReconciliations)
      .values({ since, checked: report.checked, applied: report.applied, ranAt: t })
      .returning({ id: paymentReconciliations.id });
    const rows = report.differences.map((d) => ({
      runId: run!.id,
      kind: d.kind,
      providerTransactionId: d.transactionId,
      orderId: d.orderId,
      bank: d.bank,
      bankAmount: d.bankAmount,
      appAmount: d.appAmount,
      bankAt: d.bankAt,
      appAt: d.appAt,
    }));
    // In batches: one statement per difference is slow, one for all can pass the engines'
    // limits on bound parameters.
    for (let i = 0; i < rows.length; i += BATCH)
      await tx.insert(paymentReconciliationDifferences).values(rows.slice(i, i + BATCH));
  });
}

export type ReconciliationRun = {
  ranAt: number;
  since: number;
  checked: number;
  applied: number;
  differences: ReconciliationDifference[];
};

/** The latest reconciliation run and its differences, or null before the first run. */
export async function latestReconciliation(): Promise<ReconciliationRun | null> {
  const db = getDb();
  const [run] = await db
    .select()
    .from(paymentReconciliations)
    .orderBy(desc(paymentReconciliations.id))
    .limit(1);
  if (!run) return null;
  const differences = await db
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
    .orderBy(paymentReconciliationDifferences.id);
  const { ranAt, since, checked, applied } = run;
  return { ranAt, since, checked, applied, differences };
}
