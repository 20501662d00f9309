import 'server-only';
import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { inTransaction } from '@/db';
import { sandboxBankAccounts, sandboxBankPayments, sandboxDeliveries } from '@/db/schema';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { openVaOrderId } from '@/lib/payments/order-ids';
import { findAccount } from './registry';
import { notificationBody } from './notification-body';
import { deliverSoon } from './deliver';

export type PayInput = { channel: string; bank: string; number: string; amount: number };
export type PayRefusal =
  'unknown_number' | 'expired' | 'amount_mismatch' | 'already_paid' | 'channel_mismatch';
export type PayResult =
  { ok: true; transactionId: string; orderId: string } | { ok: false; code: PayRefusal };

const RETAIL = new Set(['INDOMARET', 'ALFAMART']);

/**
 * A customer pays a VA or retail code at the sandbox bank. It refuses what a bank refuses (an
 * unknown number, an expired code, a closed VA paid with another amount or twice), then records
 * the payment and queues the signed notification to the app in one transaction; the notification
 * goes out over HTTP only after the commit, never while the transaction holds its lock.
 */
export async function payAtBank(input: PayInput): Promise<PayResult> {
  if ((input.channel === 'retail') !== RETAIL.has(input.bank))
    return { ok: false, code: 'channel_mismatch' };
  const transactionId = crypto.randomUUID();
  const serverKey = env().PAYMENT_SERVER_KEY;
  const result = await inTransaction(async (tx): Promise<PayResult & { deliveryId?: number }> => {
    const account = await findAccount(input.bank, input.number);
    if (!account) return { ok: false, code: 'unknown_number' };
    const t = now();
    if (account.expiresAt !== null && account.expiresAt <= t) return { ok: false, code: 'expired' };
    if (account.kind !== 'open_va') {
      if (account.amount !== input.amount) return { ok: false, code: 'amount_mismatch' };
      // A closed VA or payment code is single use: claim it conditionally so two tellers cannot both take it.
      const claimed = await tx
        .update(sandboxBankAccounts)
        .set({ paidAt: t })
        .where(and(eq(sandboxBankAccounts.id, account.id), isNull(sandboxBankAccounts.paidAt)))
        .returning({ id: sandboxBankAccounts.id });
      if (claimed.length !== 1) return { ok: false, code: 'already_paid' };
    }
    const orderId = account.orderId ?? openVaOrderId(input.number, transactionId);
    const payment = {
      transactionId,
      orderId,
      bank: input.bank,
      number: input.number,
      amount: input.amount,
      status: 'settlement' as const,
      createdAt: t,
    };
    const [row] = await tx
      .insert(sandboxBankPayments)
      .values({ ...payment, channel: input.channel })
      .returning({ id: sandboxBankPayments.id });
    const [delivery] = await tx
      .insert(sandboxDeliveries)
      .values({
        paymentId: row!.id,
        body: JSON.stringify(notificationBody(payment, serverKey)),
        nextAttemptAt: t,
        createdAt: t,
      })
      .returning({ id: sandboxDeliveries.id });
    return { ok: true, transactionId, orderId, deliveryId: delivery!.id };
  });
  if (!result.ok) return result;
  log.info('sandbox_bank.paid', { bank: input.bank, channel: input.channel, amount: input.amount });
  deliverSoon(result.deliveryId!);
  return { ok: true, transactionId: result.transactionId, orderId: result.orderId };
}
