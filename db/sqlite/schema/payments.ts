import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { bookings } from './booking';

export const PAYMENT_BANKS = [
  'BCA',
  'BNI',
  'BRI',
  'MANDIRI',
  'PERMATA',
  'CIMB',
  'INDOMARET',
  'ALFAMART',
] as const;
export type PaymentBank = (typeof PAYMENT_BANKS)[number];

/**
 * Numbers a bank accepts money on for us: a static open VA per passenger and bank (top-up), a
 * closed VA or retail payment code for one amount that expires (a top-up code or a booking).
 */
export const paymentAccounts = sqliteTable(
  'payment_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['open_va', 'closed_va', 'retail_code'] }).notNull(),
    bank: text('bank', { enum: PAYMENT_BANKS }).notNull(),
    number: text('number').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: ['topup', 'booking'] }).notNull(),
    bookingId: integer('booking_id').references(() => bookings.id),
    /** Exact amount for closed VAs and retail codes; null for open VAs. */
    amount: integer('amount'),
    expiresAt: integer('expires_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('payment_accounts_number_unique').on(t.bank, t.number),
    // One static open VA per passenger and bank.
    uniqueIndex('payment_accounts_open_unique')
      .on(t.userId, t.bank)
      .where(sql`${t.kind} = 'open_va'`),
    // One number per booking and bank, however often the checkout page asks.
    uniqueIndex('payment_accounts_booking_unique')
      .on(t.bookingId, t.bank)
      .where(sql`${t.bookingId} is not null`),
    check(
      'payment_accounts_amount_check',
      sql`(${t.kind} = 'open_va') = (${t.amount} is null) and coalesce(${t.amount}, 1) > 0`,
    ),
  ],
);

export const TOPUP_STATUSES = ['pending', 'settlement', 'expire', 'cancel', 'returned'] as const;
export type TopUpStatus = (typeof TOPUP_STATUSES)[number];

/** Money a bank reported for one of our numbers, keyed by the bank's transaction id. */
export const bankPayments = sqliteTable(
  'bank_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    providerTransactionId: text('provider_transaction_id').notNull(),
    orderId: text('order_id').notNull(),
    paymentAccountId: integer('payment_account_id')
      .notNull()
      .references(() => paymentAccounts.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    bank: text('bank', { enum: PAYMENT_BANKS }).notNull(),
    grossAmount: integer('gross_amount').notNull(),
    fee: integer('fee').notNull().default(0),
    status: text('status', { enum: TOPUP_STATUSES }).notNull(),
    /** Why money was not credited: limit_balance, limit_monthly, amount_mismatch, expired_code... */
    outcome: text('outcome'),
    transferId: integer('transfer_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('bank_payments_provider_tx_unique').on(t.providerTransactionId),
    // One bank order credits at most once, whatever its transaction id: a row carries a ledger
    // transfer only when it credited a wallet or paid a booking (issue 9.3).
    uniqueIndex('bank_payments_order_credit_unique')
      .on(t.orderId)
      .where(sql`${t.transferId} is not null`),
    index('bank_payments_order_idx').on(t.orderId),
    index('bank_payments_user_idx').on(t.userId, t.createdAt),
    index('bank_payments_status_idx').on(t.status),
    check('bank_payments_amount_check', sql`${t.grossAmount} > 0 and ${t.fee} >= 0`),
  ],
);

/** Every verified notification as it arrived, for audit and replay analysis. */
export const paymentNotifications = sqliteTable(
  'payment_notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    providerTransactionId: text('provider_transaction_id').notNull(),
    transactionStatus: text('transaction_status').notNull(),
    rawBody: text('raw_body').notNull(),
    result: text('result').notNull(),
    receivedAt: integer('received_at').notNull(),
  },
  (t) => [index('payment_notifications_tx_idx').on(t.providerTransactionId)],
);

export const PAYMENT_FLAG_KINDS = ['second_payment', 'status_after_final'] as const;
export type PaymentFlagKind = (typeof PAYMENT_FLAG_KINDS)[number];

/**
 * Notifications that moved no money but need a person: another transaction for an order that
 * already has one, or a cancel/expire/chargeback after the money was settled. Open until an admin
 * resolves them.
 */
export const paymentFlags = sqliteTable(
  'payment_flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: PAYMENT_FLAG_KINDS }).notNull(),
    orderId: text('order_id').notNull(),
    providerTransactionId: text('provider_transaction_id').notNull(),
    /** The status the flagged notification carried (settlement, cancel, chargeback...). */
    transactionStatus: text('transaction_status').notNull(),
    notificationId: integer('notification_id').references(() => paymentNotifications.id),
    createdAt: integer('created_at').notNull(),
    resolvedAt: integer('resolved_at'),
  },
  (t) => [
    // A retried or replayed notification raises its flag once.
    uniqueIndex('payment_flags_unique').on(
      t.kind,
      t.orderId,
      t.providerTransactionId,
      t.transactionStatus,
    ),
    index('payment_flags_open_idx').on(t.resolvedAt, t.createdAt),
  ],
);

/** One run of the two-way reconciliation with the bank's settlement report. */
export const paymentReconciliations = sqliteTable('payment_reconciliations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  since: integer('since').notNull(),
  checked: integer('checked').notNull(),
  applied: integer('applied').notNull(),
  ranAt: integer('ran_at').notNull(),
});

export const RECONCILIATION_DIFFERENCE_KINDS = [
  'missing_in_app',
  'missing_at_bank',
  'amount_mismatch',
] as const;

/** A difference one run found between the bank's report and what the app recorded. */
export const paymentReconciliationDifferences = sqliteTable(
  'payment_reconciliation_differences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id')
      .notNull()
      .references(() => paymentReconciliations.id),
    kind: text('kind', { enum: RECONCILIATION_DIFFERENCE_KINDS }).notNull(),
    providerTransactionId: text('provider_transaction_id').notNull(),
    orderId: text('order_id').notNull(),
    bank: text('bank').notNull(),
    bankAmount: integer('bank_amount'),
    appAmount: integer('app_amount'),
    bankAt: integer('bank_at'),
    appAt: integer('app_at'),
  },
  (t) => [index('payment_reconciliation_differences_run_idx').on(t.runId)],
);

/** Admin-fee promo windows: while one runs, top-ups cost Rp 0 in fees. */
export const feePromos = sqliteTable('fee_promos', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  startsAt: integer('starts_at').notNull(),
  endsAt: integer('ends_at').notNull(),
  fee: integer('fee').notNull().default(0),
  createdAt: integer('created_at').notNull(),
});
