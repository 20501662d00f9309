import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { wallets } from './wallet';

export const ACCOUNT_KINDS = [
  'wallet',
  'bank_clearing',
  'ticket_revenue',
  'fee_revenue',
  'refunds_payable',
  'promo_expense',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const TRANSFER_KINDS = ['topup', 'payment', 'refund', 'fee', 'adjustment'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** Double-entry accounts: one per wallet, one clearing account per bank or retailer, and system accounts. */
export const ledgerAccounts = sqliteTable(
  'ledger_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    kind: text('kind', { enum: ACCOUNT_KINDS }).notNull(),
    walletId: integer('wallet_id').references(() => wallets.id),
    createdAt: integer('created_at').notNull(),
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

/** One movement of money; the idempotency key makes a retried request a no-op. */
export const ledgerTransfers = sqliteTable(
  'ledger_transfers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: TRANSFER_KINDS }).notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    reference: text('reference').notNull(),
    /** The sum of the positive entries, integer rupiah. */
    amount: integer('amount').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('ledger_transfers_idempotency_unique').on(t.idempotencyKey),
    check('ledger_transfers_amount_check', sql`${t.amount} > 0`),
  ],
);

/** Signed entries; those of one transfer sum to zero. Wallet entries record the balance after them. */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    transferId: integer('transfer_id')
      .notNull()
      .references(() => ledgerTransfers.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => ledgerAccounts.id),
    amount: integer('amount').notNull(),
    balanceAfter: integer('balance_after'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('ledger_entries_transfer_account_unique').on(t.transferId, t.accountId),
    index('ledger_entries_account_idx').on(t.accountId, t.id),
    check('ledger_entries_amount_check', sql`${t.amount} <> 0`),
  ],
);
