import type { BankTransaction } from './provider';

export type ReconciliationDifferenceKind = 'missing_in_app' | 'missing_at_bank' | 'amount_mismatch';

/** One difference between the bank's settlement report and the app's payments. */
export type ReconciliationDifference = {
  kind: ReconciliationDifferenceKind;
  transactionId: string;
  orderId: string;
  bank: string;
  /** What the bank settled (null: the bank has no settlement for it). */
  bankAmount: number | null;
  /** What the app recorded as received (null: the app has no settled payment for it). */
  appAmount: number | null;
  bankAt: number | null;
  appAt: number | null;
};

/** A payment row as the comparison needs it. */
export type AppPayment = {
  transactionId: string;
  orderId: string;
  bank: string;
  grossAmount: number;
  status: string;
  createdAt: number;
};

/** Statuses under which the app holds money it says the bank settled (credited, or to be returned). */
const APP_SETTLED = new Set(['settlement', 'returned']);

/**
 * Compares both ways, matching on the bank's transaction id and order id:
 * - missing_in_app: the bank settled it (in the window) and the app has no settled payment;
 * - missing_at_bank: the app holds a settled payment (in the window) the bank never settled,
 *   such as a credit from a forged or replayed notification;
 * - amount_mismatch: both have it, for different amounts.
 * `bank` may reach further back than `since` so a payment near the window's edge still matches.
 */
export function compareWithBank(
  bank: BankTransaction[],
  app: AppPayment[],
  since: number,
): ReconciliationDifference[] {
  const key = (transactionId: string, orderId: string) => `${transactionId}\n${orderId}`;
  const settledAtBank = new Map(
    bank.filter((t) => t.status === 'settlement').map((t) => [key(t.transactionId, t.orderId), t]),
  );
  const settledInApp = new Map(
    app.filter((p) => APP_SETTLED.has(p.status)).map((p) => [key(p.transactionId, p.orderId), p]),
  );
  const differences: ReconciliationDifference[] = [];
  for (const [k, t] of settledAtBank) {
    if (t.createdAt < since) continue;
    const p = settledInApp.get(k);
    if (p && p.grossAmount === t.amount) continue;
    differences.push({
      kind: p ? 'amount_mismatch' : 'missing_in_app',
      transactionId: t.transactionId,
      orderId: t.orderId,
      bank: t.bank,
      bankAmount: t.amount,
      appAmount: p?.grossAmount ?? null,
      bankAt: t.createdAt,
      appAt: p?.createdAt ?? null,
    });
  }
  for (const [k, p] of settledInApp) {
    if (p.createdAt < since || settledAtBank.has(k)) continue;
    differences.push({
      kind: 'missing_at_bank',
      transactionId: p.transactionId,
      orderId: p.orderId,
      bank: p.bank,
      bankAmount: null,
      appAmount: p.grossAmount,
      bankAt: null,
      appAt: p.createdAt,
    });
  }
  return differences;
}
