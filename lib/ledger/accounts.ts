import 'server-only';
import { and, eq } from 'drizzle-orm';
import { ledgerAccounts, wallets, type AccountKind } from '@/db/schema';
import { now } from '@/lib/clock';
import type { Tx } from '@/lib/transaction';

/** Banks and retailers that pay money in; each has one clearing account. */
export const CLEARING_BANKS = [
  'BCA',
  'BNI',
  'BRI',
  'MANDIRI',
  'PERMATA',
  'CIMB',
  'INDOMARET',
  'ALFAMART',
] as const;
export type ClearingBank = (typeof CLEARING_BANKS)[number];

/** System accounts (they may go negative; wallets never do). */
export const SYSTEM_ACCOUNTS = [
  'ticket_revenue',
  'fee_revenue',
  'refunds_payable',
  'promo_expense',
] as const;
export type SystemAccount = (typeof SYSTEM_ACCOUNTS)[number];

function ensureAccount(
  tx: Tx,
  code: string,
  kind: AccountKind,
  walletId: number | null = null,
): number {
  tx.insert(ledgerAccounts)
    .values({ code, kind, walletId, createdAt: now() })
    .onConflictDoNothing()
    .run();
  return tx
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .where(eq(ledgerAccounts.code, code))
    .get()!.id;
}

/** The id of a system account (ticket_revenue, fee_revenue, refunds_payable, promo_expense), created on first use. */
export function systemAccountId(tx: Tx, account: SystemAccount): number {
  return ensureAccount(tx, account, account);
}

/** The id of a bank's (or retailer's) clearing account, created on first use. */
export function bankClearingAccountId(tx: Tx, bank: ClearingBank): number {
  return ensureAccount(tx, `bank_clearing:${bank}`, 'bank_clearing');
}

/** The ledger account of a user's active wallet, or null when the wallet is not active. */
export function walletAccountId(tx: Tx, userId: number): number | null {
  const row = tx
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .innerJoin(wallets, eq(wallets.id, ledgerAccounts.walletId))
    .where(and(eq(wallets.userId, userId), eq(wallets.step, 'active')))
    .get();
  return row?.id ?? null;
}

/** Creates the ledger account of a wallet (at activation). */
export function openWalletAccount(tx: Tx, walletId: number): number {
  return ensureAccount(tx, `wallet:${walletId}`, 'wallet', walletId);
}
