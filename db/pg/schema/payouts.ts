// PostgreSQL twin of db/sqlite/schema/payouts.ts (the reasons are documented there).
import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';
import { bookingRefunds } from './tickets';

export const refundPayouts = pgTable(
  'refund_payouts',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    refundId: integer('refund_id')
      .notNull()
      .references(() => bookingRefunds.id),
    bankReference: text('bank_reference').notNull(),
    paidOutBy: integer('paid_out_by')
      .notNull()
      .references(() => users.id),
    transferId: integer('transfer_id').notNull(),
    paidOutAt: bigint('paid_out_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('refund_payouts_refund_unique').on(t.refundId),
    check('refund_payouts_reference_check', sql`length(${t.bankReference}) between 4 and 64`),
  ],
);
