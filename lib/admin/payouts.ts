import 'server-only';
import { desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { bookingRefunds, bookings, refundPayouts, users, PAYMENT_BANKS } from '@/db/schema';
import { now } from '@/lib/clock';
import { bankClearingAccountId, systemAccountId } from '@/lib/ledger/accounts';
import { postTransfer } from '@/lib/ledger/transfer';
import { refuser, transact } from '@/lib/transaction';
import { recordAudit } from './audit';

export const PayoutSchema = z.object({
  refundId: z.coerce.number().int().positive(),
  bank: z.enum(PAYMENT_BANKS, { error: 'bank_unknown' }),
  bankReference: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-/]{4,64}$/, { error: 'bank_reference_format' }),
});

export type RefundOwed = {
  id: number;
  code: string;
  email: string;
  amount: number;
  createdAt: number;
  method: string | null;
  /** The bank that paid the booking, when it was a bank (the payout's default). */
  paidBank: string | null;
  paidOutAt: number | null;
  bankReference: string | null;
};

/** Refunds owed to banks: waiting ones first, then the latest paid out (with their reference). */
export function refundsOwed(limit = 100): Promise<RefundOwed[]> {
  return getDb()
    .select({
      id: bookingRefunds.id,
      code: bookings.code,
      email: users.email,
      amount: bookingRefunds.amount,
      createdAt: bookingRefunds.createdAt,
      method: bookings.paymentMethod,
      paidBank: sql<
        string | null
      >`(select bp.bank from bank_payments bp join payment_accounts pa on pa.id = bp.payment_account_id
          where pa.booking_id = ${bookings.id} and bp.outcome = 'booking_paid' order by bp.id limit 1)`,
      paidOutAt: refundPayouts.paidOutAt,
      bankReference: refundPayouts.bankReference,
    })
    .from(bookingRefunds)
    .innerJoin(bookings, eq(bookings.id, bookingRefunds.bookingId))
    .innerJoin(users, eq(users.id, bookings.userId))
    .leftJoin(refundPayouts, eq(refundPayouts.refundId, bookingRefunds.id))
    .where(eq(bookingRefunds.status, 'to_bank'))
    .orderBy(desc(isNull(refundPayouts.id)), desc(bookingRefunds.id))
    .limit(limit);
}

export type PayoutRefusal = 'not_found' | 'not_owed' | 'already_paid_out';
type Result = { ok: true } | { ok: false; code: PayoutRefusal };
const refuse = refuser<PayoutRefusal>();

/**
 * Records that an officer transferred a refund owed to a bank: the money leaves refunds payable
 * for the bank's clearing account (ledger key `refundpayout:<id>`), with the bank's reference, in
 * one transaction with the audit record. Once per refund (unique index and key).
 */
export async function markRefundPaidOut(
  actorUserId: number,
  input: z.output<typeof PayoutSchema>,
): Promise<Result> {
  return transact<Result>(
    async (tx) => {
      const [r] = await tx
        .select({
          id: bookingRefunds.id,
          amount: bookingRefunds.amount,
          status: bookingRefunds.status,
          code: bookings.code,
        })
        .from(bookingRefunds)
        .innerJoin(bookings, eq(bookings.id, bookingRefunds.bookingId))
        .where(eq(bookingRefunds.id, input.refundId))
        .limit(1);
      if (!r) return refuse('not_found');
      if (r.status !== 'to_bank' || r.amount <= 0) return refuse('not_owed');
      const [paid] = await tx
        .select({ id: refundPayouts.id })
        .from(refundPayouts)
        .where(eq(refundPayouts.refundId, r.id))
        .limit(1);
      if (paid) return refuse('already_paid_out');
      const transfer = await postTransfer(tx, {
        kind: 'refund',
        idempotencyKey: `refundpayout:${r.id}`,
        reference: `Refund ${r.code} ${input.bank} ${input.bankReference}`,
        entries: [
          { accountId: await systemAccountId(tx, 'refunds_payable'), amount: -r.amount },
          { accountId: await bankClearingAccountId(tx, input.bank), amount: r.amount },
        ],
      });
      if (!transfer.ok || !transfer.created) return refuse('already_paid_out');
      const at = now();
      await tx.insert(refundPayouts).values({
        refundId: r.id,
        bankReference: input.bankReference,
        paidOutBy: actorUserId,
        transferId: transfer.transferId,
        paidOutAt: at,
      });
      await recordAudit(tx, {
        actorUserId,
        action: 'refund.paid_out',
        subject: `refund:${r.id}`,
        before: { status: 'to_bank', amount: r.amount, paidOut: false },
        after: {
          paidOut: true,
          bank: input.bank,
          bankReference: input.bankReference,
          paidOutAt: at,
        },
      });
      return { ok: true };
    },
    { onUniqueViolation: 'already_paid_out' },
  );
}
