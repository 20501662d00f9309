// PostgreSQL twin of db/sqlite/schema/ledger.ts (the reasons are documented there). Money is
// bigint integer rupiah; the guards migration makes entries and transfers append-only.
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ACCOUNT_KINDS, TRANSFER_KINDS } from '../../sqlite/schema/ledger';
import { wallets } from './wallet';

export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    kind: text('kind', { enum: ACCOUNT_KINDS }).notNull(),
    walletId: integer('wallet_id').references(() => wallets.id),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('ledger_accounts_code_unique').on(t.code),
    uniqueIndex('ledger_accounts_wallet_unique').on(t.walletId),
    check(
      'ledger_accounts_wallet_check',
      sql`(${t.kind} = 'wallet') = (${t.walletId} is not null)`,
    ),
  ],
);

export const ledgerTransfers = pgTable(
  'ledger_transfers',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: TRANSFER_KINDS }).notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    reference: text('reference').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('ledger_transfers_idempotency_unique').on(t.idempotencyKey),
    check('ledger_transfers_amount_check', sql`${t.amount} > 0`),
  ],
);

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    transferId: integer('transfer_id')
      .notNull()
      .references(() => ledgerTransfers.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => ledgerAccounts.id),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    balanceAfter: bigint('balance_after', { mode: 'number' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('ledger_entries_transfer_account_unique').on(t.transferId, t.accountId),
    index('ledger_entries_account_idx').on(t.accountId, t.id),
    check('ledger_entries_amount_check', sql`${t.amount} <> 0`),
  ],
);
