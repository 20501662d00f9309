import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, gte } from 'drizzle-orm';
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
export function bankTransaction(transactionId: string): BankTransaction | undefined {
  return fromPayments().where(eq(sandboxBankPayments.transactionId, transactionId)).get() as
    BankTransaction | undefined;
}

/** The bank's settlement report since an instant. */
export function bankTransactionsSince(since: number): BankTransaction[] {
  return fromPayments()
    .where(gte(sandboxBankPayments.createdAt, since))
    .orderBy(sandboxBankPayments.createdAt)
    .all() as BankTransaction[];
}

/** The delivery log the sandbox bank page shows: latest first. */
export function deliveryLog(limit = 20) {
  return getDb()
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
      channel: sandboxBankPayments.channel,
    })
    .from(sandboxDeliveries)
    .innerJoin(sandboxBankPayments, eq(sandboxBankPayments.id, sandboxDeliveries.paymentId))
    .orderBy(desc(sandboxDeliveries.id))
    .limit(limit)
    .all();
}
