import 'server-only';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  kycRequests,
  ledgerEntries,
  ledgerTransfers,
  wallets,
  type TransferKind,
  type WalletStep,
  type WalletTier,
} from '@/db/schema';
import { now } from '@/lib/clock';
import { wibDate } from '@/lib/dates';
import { walletAccountId } from '@/lib/ledger/accounts';

export type WalletSummary = {
  step: WalletStep;
  tier: WalletTier;
  balance: number;
  maxBalance: number;
  monthlyInLimit: number;
  monthIn: number;
  lockedUntil: number | null;
  kyc: { status: 'pending' | 'approved' | 'rejected'; reason: string | null } | null;
};

/** The caller's own wallet as a plain DTO (no PIN hash, no identity), or null before activation began. */
export async function walletSummary(userId: number): Promise<WalletSummary | null> {
  const db = getDb();
  const [w] = await db
    .select({
      step: wallets.step,
      tier: wallets.tier,
      balance: wallets.balance,
      maxBalance: wallets.maxBalance,
      monthlyInLimit: wallets.monthlyInLimit,
      monthKey: wallets.monthKey,
      monthIn: wallets.monthIn,
      lockedUntil: wallets.pinLockedUntil,
    })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  if (!w) return null;
  const [kyc = null] = await db
    .select({ status: kycRequests.status, reason: kycRequests.reason })
    .from(kycRequests)
    .where(eq(kycRequests.userId, userId))
    .orderBy(desc(kycRequests.id))
    .limit(1);
  const t = now();
  const { monthKey, ...rest } = w;
  return {
    ...rest,
    // Incoming money counts per WIB month; last month's total is not this month's.
    monthIn: monthKey === wibDate(t).slice(0, 7) ? w.monthIn : 0,
    lockedUntil: w.lockedUntil && w.lockedUntil > t ? w.lockedUntil : null,
    kyc,
  };
}

export const HISTORY_FILTERS = {
  semua: null,
  topup: ['topup'],
  pembayaran: ['payment'],
  refund: ['refund'],
} as const satisfies Record<string, TransferKind[] | null>;
export type HistoryFilter = keyof typeof HISTORY_FILTERS;
export const HISTORY_PAGE_SIZE = 20;

/** A filter name from a URL, 'semua' for anything unknown (own keys only: "constructor" is not a filter). */
export function parseHistoryFilter(raw: string | null | undefined): HistoryFilter {
  return raw && Object.hasOwn(HISTORY_FILTERS, raw) ? (raw as HistoryFilter) : 'semua';
}

export type HistoryRow = {
  id: number;
  kind: TransferKind;
  reference: string;
  amount: number;
  balanceAfter: number;
  createdAt: number;
};

/**
 * One page of the caller's wallet entries, newest first, with the balance after each. Plain reads,
 * no transaction: entries are append-only, so a payment landing between the count and the page can
 * only add a row the next view shows.
 */
export async function walletHistory(
  userId: number,
  filter: HistoryFilter,
  page: number,
): Promise<{ rows: HistoryRow[]; page: number; pages: number; total: number }> {
  const db = getDb();
  const account = await walletAccountId(db, userId);
  if (account === null) return { rows: [], page: 1, pages: 1, total: 0 };
  const kinds = HISTORY_FILTERS[filter];
  const where = and(
    eq(ledgerEntries.accountId, account),
    kinds ? inArray(ledgerTransfers.kind, [...kinds]) : undefined,
  );
  const [counted] = await db
    .select({ n: count() })
    .from(ledgerEntries)
    .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, ledgerEntries.transferId))
    .where(where);
  const total = counted?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db
    .select({
      id: ledgerEntries.id,
      kind: ledgerTransfers.kind,
      reference: ledgerTransfers.reference,
      amount: ledgerEntries.amount,
      balanceAfter: ledgerEntries.balanceAfter,
      createdAt: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, ledgerEntries.transferId))
    .where(where)
    .orderBy(desc(ledgerEntries.id))
    .limit(HISTORY_PAGE_SIZE)
    .offset((current - 1) * HISTORY_PAGE_SIZE);
  return {
    rows: rows.map((r) => ({ ...r, balanceAfter: r.balanceAfter ?? 0 })),
    page: current,
    pages,
    total,
  };
}
