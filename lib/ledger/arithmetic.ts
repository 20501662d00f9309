import type { TransferKind } from '@/db/schema';

export type EntryInput = { accountId: number; amount: number };

/**
 * Why a list of entries cannot form a transfer, or null when it can: at least two entries, integer
 * non-zero rupiah, each account once, and a sum of exactly zero.
 */
export function entriesProblem(entries: EntryInput[]): string | null {
  if (entries.length < 2) return 'too_few_entries';
  if (entries.some((e) => !Number.isSafeInteger(e.amount) || e.amount === 0))
    return 'amount_not_integer';
  if (new Set(entries.map((e) => e.accountId)).size !== entries.length) return 'account_repeated';
  if (entries.reduce((sum, e) => sum + e.amount, 0) !== 0) return 'unbalanced';
  return null;
}

/** The size of a transfer: the sum of its positive entries. */
export function transferAmount(entries: EntryInput[]): number {
  return entries.reduce((sum, e) => sum + Math.max(0, e.amount), 0);
}

/**
 * Money coming into a wallet that counts toward the monthly incoming limit (BI: "dana masuk").
 * A refund gives back the passenger's own money, so it does not use up the limit.
 */
export function countsAsIncoming(kind: TransferKind, amount: number): boolean {
  return amount > 0 && kind !== 'refund';
}

export type WalletLimits = {
  balance: number;
  maxBalance: number;
  monthKey: string;
  monthIn: number;
  monthlyInLimit: number;
};
export type WalletChangeRefusal =
  'insufficient_balance' | 'over_max_balance' | 'over_monthly_limit';

/**
 * The wallet after one signed entry, or why it is refused: never below 0, never above the tier's
 * maximum, incoming money within the month's limit (a new WIB month starts from 0).
 */
export function applyToWallet(
  w: WalletLimits,
  amount: number,
  kind: TransferKind,
  month: string,
):
  | { ok: true; balance: number; monthKey: string; monthIn: number }
  | { ok: false; code: WalletChangeRefusal } {
  const balance = w.balance + amount;
  if (balance < 0) return { ok: false, code: 'insufficient_balance' };
  if (balance > w.maxBalance) return { ok: false, code: 'over_max_balance' };
  const monthIn =
    (w.monthKey === month ? w.monthIn : 0) + (countsAsIncoming(kind, amount) ? amount : 0);
  if (monthIn > w.monthlyInLimit) return { ok: false, code: 'over_monthly_limit' };
  return { ok: true, balance, monthKey: month, monthIn };
}
