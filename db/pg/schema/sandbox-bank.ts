// PostgreSQL twin of db/sqlite/schema/sandbox-bank.ts (the reasons are documented there).
import { bigint, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const sandboxBankAccounts = pgTable(
  'sandbox_bank_accounts',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    bank: text('bank').notNull(),
    number: text('number').notNull(),
    kind: text('kind', { enum: ['open_va', 'closed_va', 'retail_code'] }).notNull(),
    orderId: text('order_id'),
    amount: bigint('amount', { mode: 'number' }),
    expiresAt: bigint('expires_at', { mode: 'number' }),
    paidAt: bigint('paid_at', { mode: 'number' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('sandbox_bank_accounts_unique').on(t.bank, t.number)],
);

export const sandboxBankPayments = pgTable(
  'sandbox_bank_payments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    transactionId: text('transaction_id').notNull(),
    orderId: text('order_id').notNull(),
    bank: text('bank').notNull(),
    number: text('number').notNull(),
    channel: text('channel').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['pending', 'settlement', 'expire', 'cancel'] }).notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('sandbox_bank_payments_tx_unique').on(t.transactionId),
    index('sandbox_bank_payments_created_idx').on(t.createdAt),
  ],
);

export const sandboxDeliveries = pgTable(
  'sandbox_deliveries',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    paymentId: integer('payment_id')
      .notNull()
      .references(() => sandboxBankPayments.id),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: bigint('next_attempt_at', { mode: 'number' }),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: bigint('delivered_at', { mode: 'number' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('sandbox_deliveries_due_idx').on(t.deliveredAt, t.nextAttemptAt)],
);
