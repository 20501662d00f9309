import 'server-only';
import { and, asc, count, desc, eq, gte, lt } from 'drizzle-orm';
import { getDb } from '@/db';
import { paymentReconciliationDifferences, paymentReconciliations } from '@/db/schema';
import { addDays, isIsoDate, wibDate, wibInstant } from '@/lib/dates';

export type ReconciliationDay = {
  day: string;
  runs: number;
  /** The day's last run: what the bank report and the ledger disagreed on at the end of the day. */
  lastRunId: number;
  lastRanAt: number;
  checked: number;
  applied: number;
  differences: number;
};

/** Reconciliation runs grouped by WIB day (newest first), each with its last run's differences. */
export async function reconciliationDays(limit = 30): Promise<ReconciliationDay[]> {
  const db = getDb();
  const runs = await db
    .select({
      id: paymentReconciliations.id,
      ranAt: paymentReconciliations.ranAt,
      checked: paymentReconciliations.checked,
      applied: paymentReconciliations.applied,
    })
    .from(paymentReconciliations)
    .orderBy(desc(paymentReconciliations.id))
    .limit(5000);
  const days = new Map<string, ReconciliationDay>();
  for (const r of runs) {
    const day = wibDate(r.ranAt);
    const seen = days.get(day);
    if (seen) {
      seen.runs += 1;
      continue;
    }
    if (days.size >= limit) break;
    const [differences] = await db
      .select({ n: count() })
      .from(paymentReconciliationDifferences)
      .where(eq(paymentReconciliationDifferences.runId, r.id));
    days.set(day, {
      day,
      runs: 1,
      lastRunId: r.id,
      lastRanAt: r.ranAt,
      checked: r.checked,
      applied: r.applied,
      differences: differences?.n ?? 0,
    });
  }
  return [...days.values()];
}

/** The differing rows of a day's last run (empty for a day without runs or a malformed date). */
export async function reconciliationDifferencesOn(day: string) {
  if (!isIsoDate(day)) return { run: null, rows: [] };
  const db = getDb();
  const [run] = await db
    .select({ id: paymentReconciliations.id, ranAt: paymentReconciliations.ranAt })
    .from(paymentReconciliations)
    .where(
      and(
        gte(paymentReconciliations.ranAt, wibInstant(day, 0, 0)),
        lt(paymentReconciliations.ranAt, wibInstant(addDays(day, 1), 0, 0)),
      ),
    )
    .orderBy(desc(paymentReconciliations.id))
    .limit(1);
  if (!run) return { run: null, rows: [] };
  const rows = await db
    .select({
      id: paymentReconciliationDifferences.id,
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
    .orderBy(asc(paymentReconciliationDifferences.id));
  return { run, rows };
}
