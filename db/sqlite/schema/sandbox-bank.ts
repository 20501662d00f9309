import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The sandbox bank's own books: it stands for the outside world, so it keeps its own tables and
 * talks to the app only through the provider interface and signed HTTP notifications.
 */
export const sandboxBankAccounts = sqliteTable(
  'sandbox_bank_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bank: text('bank').notNull(),
    number: text('number').notNull(),
    kind: text('kind', { enum: ['open_va', 'closed_va', 'retail_code'] }).notNull(),
    /** The merchant's order id for closed VAs and codes; open VAs get one per payment. */
    orderId: text('order_id'),
    amount: integer('amount'),
    expiresAt: integer('expires_at'),
    paidAt: integer('paid_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('sandbox_bank_accounts_unique').on(t.bank, t.number)],
);

export const sandboxBankPayments = sqliteTable(
  'sandbox_bank_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    transactionId: text('transaction_id').notNull(),
    orderId: text('order_id').notNull(),
    bank: text('bank').notNull(),
    number: text('number').notNull(),
    channel: text('channel').notNull(),
    amount: integer('amount').notNull(),
    status: text('status', { enum: ['pending', 'settlement', 'expire', 'cancel'] }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('sandbox_bank_payments_tx_unique').on(t.transactionId),
    index('sandbox_bank_payments_created_idx').on(t.createdAt),
  ],
);

/** One notification the bank owes the app; retried with backoff until a 2xx or the attempts run out. */
export const sandboxDeliveries = sqliteTable(
  'sandbox_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    paymentId: integer('payment_id')
      .notNull()
      .references(() => sandboxBankPayments.id),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: integer('delivered_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('sandbox_deliveries_due_idx').on(t.deliveredAt, t.nextAttemptAt)],
);
