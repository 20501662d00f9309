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

async function ensureAccount(
  tx: Tx,
  code: string,
  kind: AccountKind,
  walletId: number | null = null,
): Promise<number> {
  await tx
    .insert(ledgerAccounts)
    .values({ code, kind, walletId, createdAt: now() })
    .onConflictDoNothing();
  const [account] = await tx
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .where(eq(ledgerAccounts.code, code))
    .limit(1);
  return account!.id;
}

/** The id of a system account (ticket_revenue, fee_revenue, refunds_payable, promo_expense), created on first use. */
export async function systemAccountId(tx: Tx, account: SystemAccount): Promise<number> {
  return ensureAccount(tx, account, account);
}

/** The id of a bank's (or retailer's) clearing account, created on first use. */
export async function bankClearingAccountId(tx: Tx, bank: ClearingBank): Promise<number> {
  return ensureAccount(tx, `bank_clearing:${bank}`, 'bank_clearing');
}

/** The ledger account of a user's active wallet, or null when the wallet is not active. */
export async function walletAccountId(tx: Tx, userId: number): Promise<number | null> {
  const [row] = await tx
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .innerJoin(wallets, eq(wallets.id, ledgerAccounts.walletId))
    .where(and(eq(wallets.userId, userId), eq(wallets.step, 'active')))
    .limit(1);
  return row?.id ?? null;
}

/** Creates the ledger account of a wallet (at activation). */
export async function openWalletAccount(tx: Tx, walletId: number): Promise<number> {
  return ensureAccount(tx, `wallet:${walletId}`, 'wallet', walletId);
}
