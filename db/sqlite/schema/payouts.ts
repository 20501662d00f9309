import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { bookingRefunds } from './tickets';

/**
 * A refund owed to a bank (booking_refunds 'to_bank') that an officer paid out by bank transfer:
 * the bank's reference, who and when, and the ledger transfer that moved the money out of refunds
 * payable. One per refund: the unique index makes a second "paid out" impossible.
 */
export const refundPayouts = sqliteTable(
  'refund_payouts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    refundId: integer('refund_id')
      .notNull()
      .references(() => bookingRefunds.id),
    bankReference: text('bank_reference').notNull(),
    paidOutBy: integer('paid_out_by')
      .notNull()
      .references(() => users.id),
    transferId: integer('transfer_id').notNull(),
    paidOutAt: integer('paid_out_at').notNull(),
  },
  (t) => [
    uniqueIndex('refund_payouts_refund_unique').on(t.refundId),
    check('refund_payouts_reference_check', sql`length(${t.bankReference}) between 4 and 64`),
  ],
);
