import 'server-only';
import crypto from 'node:crypto';
import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { sandboxBankAccounts, sandboxBankPayments, sandboxDeliveries } from '@/db/schema';
import { env } from '@/lib/env';
import type { BankTransaction } from '@/lib/payments/provider';

/** Basic auth with the server key as user name, compared in constant time. */
export function authorizedMerchant(header: string | null): boolean {
  const expected = Buffer.from(
    `Basic ${Buffer.from(`${env().PAYMENT_SERVER_KEY}:`).toString('base64')}`,
  );
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

const columns = {
  transactionId: sandboxBankPayments.transactionId,
  orderId: sandboxBankPayments.orderId,
  bank: sandboxBankPayments.bank,
  number: sandboxBankPayments.number,
  amount: sandboxBankPayments.amount,
  status: sandboxBankPayments.status,
  createdAt: sandboxBankPayments.createdAt,
  kind: sandboxBankAccounts.kind,
};

function fromPayments() {
  return getDb()
    .select(columns)
    .from(sandboxBankPayments)
    .innerJoin(
      sandboxBankAccounts,
      and(
        eq(sandboxBankAccounts.bank, sandboxBankPayments.bank),
        eq(sandboxBankAccounts.number, sandboxBankPayments.number),
      ),
    );
}

/** The bank's answer to a status query. */
export async function bankTransaction(transactionId: string): Promise<BankTransaction | undefined> {
  const [found] = await fromPayments()
    .where(eq(sandboxBankPayments.transactionId, transactionId))
    .limit(1);
  return found as BankTransaction | undefined;
}

/** The bank's settlement report since an instant. */
export async function bankTransactionsSince(since: number): Promise<BankTransaction[]> {
  return (await fromPayments()
    .where(gte(sandboxBankPayments.createdAt, since))
    .orderBy(asc(sandboxBankPayments.createdAt), asc(sandboxBankPayments.id))) as BankTransaction[];
}

export type DeliveryState =
  | { state: 'delivered' }
  | { state: 'sending' }
  | { state: 'retrying'; at: number; attempt: number; httpStatus: number | null }
  | { state: 'gave_up'; attempts: number; httpStatus: number | null };

export type DeliveryRow = {
  id: number;
  createdAt: number;
  bank: string;
  number: string;
  amount: number;
} & DeliveryState;

/**
 * What became of a delivery, as the payer reads it. Claiming an attempt schedules the next one
 * before the request goes out (deliver.ts), so a delivery with no answer yet is still being sent:
 * a retry is shown only once an attempt has finished without a 2xx.
 */
export function deliveryState(d: {
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: number | null;
  nextAttemptAt: number | null;
}): DeliveryState {
  if (d.deliveredAt) return { state: 'delivered' };
  const answered = d.lastStatus !== null || d.lastError !== null;
  if (d.attempts === 0 || !answered) return { state: 'sending' };
  if (d.nextAttemptAt)
    return {
      state: 'retrying',
      at: d.nextAttemptAt,
      attempt: d.attempts,
      httpStatus: d.lastStatus,
    };
  return { state: 'gave_up', attempts: d.attempts, httpStatus: d.lastStatus };
}

/**
 * The delivery log of the payments this payer made (their transaction ids, kept by the browser),
 * latest first: when, which number, how much, and what became of the notification. Other people's
 * numbers and amounts are not the payer's business.
 */
export async function deliveryLog(transactionIds: string[], limit = 20): Promise<DeliveryRow[]> {
  if (transactionIds.length === 0) return [];
  const rows = await getDb()
    .select({
      id: sandboxDeliveries.id,
      attempts: sandboxDeliveries.attempts,
      lastStatus: sandboxDeliveries.lastStatus,
      lastError: sandboxDeliveries.lastError,
      deliveredAt: sandboxDeliveries.deliveredAt,
      nextAttemptAt: sandboxDeliveries.nextAttemptAt,
      createdAt: sandboxDeliveries.createdAt,
      bank: sandboxBankPayments.bank,
      number: sandboxBankPayments.number,
      amount: sandboxBankPayments.amount,
    })
    .from(sandboxDeliveries)
    .innerJoin(sandboxBankPayments, eq(sandboxBankPayments.id, sandboxDeliveries.paymentId))
    .where(inArray(sandboxBankPayments.transactionId, transactionIds))
    .orderBy(desc(sandboxDeliveries.id))
    .limit(limit);
  return rows.map(({ attempts, lastStatus, lastError, deliveredAt, nextAttemptAt, ...row }) => ({
    ...row,
    ...deliveryState({ attempts, lastStatus, lastError, deliveredAt, nextAttemptAt }),
  }));
}
