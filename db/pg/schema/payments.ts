// PostgreSQL twin of db/sqlite/schema/payments.ts (the reasons are documented there).
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  PAYMENT_BANKS,
  PAYMENT_FLAG_KINDS,
  RECONCILIATION_DIFFERENCE_KINDS,
  TOPUP_STATUSES,
} from '../../sqlite/schema/payments';
import { users } from './users';
import { bookings } from './booking';

export const paymentAccounts = pgTable(
  'payment_accounts',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: ['open_va', 'closed_va', 'retail_code'] }).notNull(),
    bank: text('bank', { enum: PAYMENT_BANKS }).notNull(),
    number: text('number').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: ['topup', 'booking'] }).notNull(),
    bookingId: integer('booking_id').references(() => bookings.id),
    amount: bigint('amount', { mode: 'number' }),
    expiresAt: bigint('expires_at', { mode: 'number' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('payment_accounts_number_unique').on(t.bank, t.number),
    uniqueIndex('payment_accounts_open_unique')
      .on(t.userId, t.bank)
      .where(sql`${t.kind} = 'open_va'`),
    uniqueIndex('payment_accounts_booking_unique')
      .on(t.bookingId, t.bank)
      .where(sql`${t.bookingId} is not null`),
    check(
      'payment_accounts_amount_check',
      sql`(${t.kind} = 'open_va') = (${t.amount} is null) and coalesce(${t.amount}, 1) > 0`,
    ),
  ],
);

export const bankPayments = pgTable(
  'bank_payments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    providerTransactionId: text('provider_transaction_id').notNull(),
    orderId: text('order_id').notNull(),
    paymentAccountId: integer('payment_account_id')
      .notNull()
      .references(() => paymentAccounts.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    bank: text('bank', { enum: PAYMENT_BANKS }).notNull(),
    grossAmount: bigint('gross_amount', { mode: 'number' }).notNull(),
    fee: bigint('fee', { mode: 'number' }).notNull().default(0),
    status: text('status', { enum: TOPUP_STATUSES }).notNull(),
    outcome: text('outcome'),
    transferId: integer('transfer_id'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('bank_payments_provider_tx_unique').on(t.providerTransactionId),
    uniqueIndex('bank_payments_order_credit_unique')
      .on(t.orderId)
      .where(sql`${t.transferId} is not null`),
    index('bank_payments_order_idx').on(t.orderId),
    index('bank_payments_user_idx').on(t.userId, t.createdAt),
    index('bank_payments_status_idx').on(t.status),
    check('bank_payments_amount_check', sql`${t.grossAmount} > 0 and ${t.fee} >= 0`),
  ],
);

export const paymentNotifications = pgTable(
  'payment_notifications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    providerTransactionId: text('provider_transaction_id').notNull(),
    transactionStatus: text('transaction_status').notNull(),
    rawBody: text('raw_body').notNull(),
    result: text('result').notNull(),
    receivedAt: bigint('received_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('payment_notifications_tx_idx').on(t.providerTransactionId)],
);

export const paymentFlags = pgTable(
  'payment_flags',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: PAYMENT_FLAG_KINDS }).notNull(),
    orderId: text('order_id').notNull(),
    providerTransactionId: text('provider_transaction_id').notNull(),
    transactionStatus: text('transaction_status').notNull(),
    notificationId: integer('notification_id').references(() => paymentNotifications.id),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    resolvedAt: bigint('resolved_at', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('payment_flags_unique').on(
      t.kind,
      t.orderId,
      t.providerTransactionId,
      t.transactionStatus,
    ),
    index('payment_flags_open_idx').on(t.resolvedAt, t.createdAt),
  ],
);

export const paymentReconciliations = pgTable('payment_reconciliations', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  since: bigint('since', { mode: 'number' }).notNull(),
  checked: bigint('checked', { mode: 'number' }).notNull(),
  applied: bigint('applied', { mode: 'number' }).notNull(),
  ranAt: bigint('ran_at', { mode: 'number' }).notNull(),
});

export const paymentReconciliationDifferences = pgTable(
  'payment_reconciliation_differences',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    runId: integer('run_id')
      .notNull()
      .references(() => paymentReconciliations.id),
    kind: text('kind', { enum: RECONCILIATION_DIFFERENCE_KINDS }).notNull(),
    providerTransactionId: text('provider_transaction_id').notNull(),
    orderId: text('order_id').notNull(),
    bank: text('bank').notNull(),
    bankAmount: bigint('bank_amount', { mode: 'number' }),
    appAmount: bigint('app_amount', { mode: 'number' }),
    bankAt: bigint('bank_at', { mode: 'number' }),
    appAt: bigint('app_at', { mode: 'number' }),
  },
  (t) => [index('payment_reconciliation_differences_run_idx').on(t.runId)],
);

export const feePromos = pgTable('fee_promos', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull(),
  startsAt: bigint('starts_at', { mode: 'number' }).notNull(),
  endsAt: bigint('ends_at', { mode: 'number' }).notNull(),
  fee: bigint('fee', { mode: 'number' }).notNull().default(0),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
});
