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
export function existingTransfer(
  tx: Tx,
  idempotencyKey: string,
): { id: number; kind: TransferKind; amount: number } | undefined {
  return tx
    .select({ id: ledgerTransfers.id, kind: ledgerTransfers.kind, amount: ledgerTransfers.amount })
    .from(ledgerTransfers)
    .where(eq(ledgerTransfers.idempotencyKey, idempotencyKey))
    .get();
}

/**
 * Moves money: records one transfer and its entries, and updates the balance of every wallet it
 * touches. Synchronous, for use INSIDE the caller's `getDb().transaction(fn, { behavior: 'immediate' })`
 * so the money moves together with the caller's own writes (a booking marked paid, a VA credited).
 *
 * - Entries must be integer rupiah, non-zero, one per account, summing to zero (else it throws: a bug).
 * - The same idempotency key again returns `{ ok: true, created: false, transferId }` and moves nothing;
 *   a different kind or amount under a used key is `idempotency_conflict`.
 * - A wallet must be active, stay within 0..max balance and its monthly incoming limit; otherwise a
 *   typed refusal is returned and nothing is written. System accounts may go negative.
 */
export function postTransfer(tx: Tx, input: TransferInput): TransferResult {
  const problem = entriesProblem(input.entries);
  if (problem) throw new Error(`Invalid transfer ${input.idempotencyKey}: ${problem}`);
  const amount = transferAmount(input.entries);
  const existing = existingTransfer(tx, input.idempotencyKey);
  if (existing) {
    if (existing.kind !== input.kind || existing.amount !== amount)
      return { ok: false, code: 'idempotency_conflict' };
    return { ok: true, created: false, transferId: existing.id };
  }

  const t = now();
  const month = wibDate(t).slice(0, 7);
  const accounts = tx
    .select({ id: ledgerAccounts.id, walletId: ledgerAccounts.walletId })
    .from(ledgerAccounts)
    .where(
      inArray(
        ledgerAccounts.id,
        input.entries.map((e) => e.accountId),
      ),
    )
    .all();
  if (accounts.length !== input.entries.length)
    throw new Error(`Unknown ledger account in ${input.idempotencyKey}`);
  const walletOf = new Map(accounts.map((a) => [a.id, a.walletId]));

  // Inside an immediate transaction nobody else can write between this read and the writes below.
  const changes: {
    entry: EntryInput;
    walletId: number;
    before: typeof wallets.$inferSelect;
    after: { balance: number; monthKey: string; monthIn: number };
  }[] = [];
  for (const entry of input.entries) {
    const walletId = walletOf.get(entry.accountId);
    if (walletId == null) continue;
    const before = tx.select().from(wallets).where(eq(wallets.id, walletId)).get()!;
    if (before.step !== 'active') return { ok: false, code: 'wallet_inactive' };
    const after = applyToWallet(before, entry.amount, input.kind, month);
    if (!after.ok) return { ok: false, code: after.code };
    changes.push({ entry, walletId, before, after });
  }

  const transfer = tx
    .insert(ledgerTransfers)
    .values({
      kind: input.kind,
      idempotencyKey: input.idempotencyKey,
      reference: input.reference,
      amount,
      createdAt: t,
    })
    .returning({ id: ledgerTransfers.id })
    .get();
  const balanceAfter = new Map<number, number>();
  for (const { entry, walletId, before, after } of changes) {
    // Conditional on the values just read: a lost update is impossible even if the caller forgot 'immediate'.
    const result = tx
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
      .run();
    if (result.changes !== 1)
      throw new Error(`Wallet ${walletId} changed during transfer ${input.idempotencyKey}`);
    balanceAfter.set(entry.accountId, after.balance);
  }
  tx.insert(ledgerEntries)
    .values(
      input.entries.map((e) => ({
        transferId: transfer.id,
        accountId: e.accountId,
        amount: e.amount,
        balanceAfter: balanceAfter.get(e.accountId) ?? null,
        createdAt: t,
      })),
    )
    .run();
  return { ok: true, created: true, transferId: transfer.id };
}
