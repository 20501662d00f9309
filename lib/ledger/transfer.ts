import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import {
  ledgerAccounts,
  ledgerEntries,
  ledgerTransfers,
  wallets,
  type TransferKind,
} from '@/db/schema';
import { now } from '@/lib/clock';
import { wibDate } from '@/lib/dates';
import {
  applyToWallet,
  entriesProblem,
  transferAmount,
  type EntryInput,
  type WalletChangeRefusal,
} from './arithmetic';
import type { Tx } from '@/lib/transaction';

export type TransferInput = {
  kind: TransferKind;
  idempotencyKey: string;
  reference: string;
  entries: EntryInput[];
};
export type TransferRefusal = WalletChangeRefusal | 'wallet_inactive' | 'idempotency_conflict';
export type TransferResult =
  { ok: true; created: boolean; transferId: number } | { ok: false; code: TransferRefusal };

/** The transfer already recorded under an idempotency key, if any. */
export async function existingTransfer(
  tx: Tx,
  idempotencyKey: string,
): Promise<{ id: number; kind: TransferKind; amount: number } | undefined> {
  const [transfer] = await tx
    .select({ id: ledgerTransfers.id, kind: ledgerTransfers.kind, amount: ledgerTransfers.amount })
    .from(ledgerTransfers)
    .where(eq(ledgerTransfers.idempotencyKey, idempotencyKey))
    .limit(1);
  return transfer;
}

/**
 * Moves money: records one transfer and its entries, and updates the balance of every wallet it
 * touches. For use INSIDE the caller's `inTransaction`/`transact` (one serializable transaction), so
 * the money moves together with the caller's own writes (a booking marked paid, a VA credited).
 *
 * - Entries must be integer rupiah, non-zero, one per account, summing to zero (else it throws: a bug).
 * - The same idempotency key again returns `{ ok: true, created: false, transferId }` and moves nothing;
 *   a different kind or amount under a used key is `idempotency_conflict`.
 * - A wallet must be active, stay within 0..max balance and its monthly incoming limit; otherwise a
 *   typed refusal is returned and nothing is written. System accounts may go negative.
 */
export async function postTransfer(tx: Tx, input: TransferInput): Promise<TransferResult> {
  const problem = entriesProblem(input.entries);
  if (problem) throw new Error(`Invalid transfer ${input.idempotencyKey}: ${problem}`);
  const amount = transferAmount(input.entries);
  const existing = await existingTransfer(tx, input.idempotencyKey);
  if (existing) {
    if (existing.kind !== input.kind || existing.amount !== amount)
      return { ok: false, code: 'idempotency_conflict' };
    return { ok: true, created: false, transferId: existing.id };
  }

  const t = now();
  const month = wibDate(t).slice(0, 7);
  const accounts = await tx
    .select({ id: ledgerAccounts.id, walletId: ledgerAccounts.walletId })
    .from(ledgerAccounts)
    .where(
      inArray(
        ledgerAccounts.id,
        input.entries.map((e) => e.accountId),
      ),
    );
  if (accounts.length !== input.entries.length)
    throw new Error(`Unknown ledger account in ${input.idempotencyKey}`);
  const walletOf = new Map(accounts.map((a) => [a.id, a.walletId]));

  // Inside a serializable transaction no other write can slip between this read and the writes
  // below (SQLite holds the write lock; PostgreSQL aborts and reruns the loser).
  const changes: {
    entry: EntryInput;
    walletId: number;
    before: typeof wallets.$inferSelect;
    after: { balance: number; monthKey: string; monthIn: number };
  }[] = [];
  for (const entry of input.entries) {
    const walletId = walletOf.get(entry.accountId);
    if (walletId == null) continue;
    const [before] = await tx.select().from(wallets).where(eq(wallets.id, walletId)).limit(1);
    if (!before) throw new Error(`Wallet ${walletId} of account ${entry.accountId} is missing`);
    if (before.step !== 'active') return { ok: false, code: 'wallet_inactive' };
    const after = applyToWallet(before, entry.amount, input.kind, month);
    if (!after.ok) return { ok: false, code: after.code };
    changes.push({ entry, walletId, before, after });
  }

  const [transfer] = await tx
    .insert(ledgerTransfers)
    .values({
      kind: input.kind,
      idempotencyKey: input.idempotencyKey,
      reference: input.reference,
      amount,
      createdAt: t,
    })
    .returning({ id: ledgerTransfers.id });
  const balanceAfter = new Map<number, number>();
  for (const { entry, walletId, before, after } of changes) {
    // Conditional on the values just read: a lost update stays impossible whatever the isolation.
    const updated = await tx
      .update(wallets)
      .set(after)
      .where(
        and(
          eq(wallets.id, walletId),
          eq(wallets.balance, before.balance),
          eq(wallets.monthIn, before.monthIn),
          eq(wallets.monthKey, before.monthKey),
        ),
      )
      .returning({ id: wallets.id });
    if (updated.length !== 1)
      throw new Error(`Wallet ${walletId} changed during transfer ${input.idempotencyKey}`);
    balanceAfter.set(entry.accountId, after.balance);
  }
  await tx.insert(ledgerEntries).values(
    input.entries.map((e) => ({
      transferId: transfer!.id,
      accountId: e.accountId,
      amount: e.amount,
      balanceAfter: balanceAfter.get(e.accountId) ?? null,
      createdAt: t,
    })),
  );
  return { ok: true, created: true, transferId: transfer!.id };
}
