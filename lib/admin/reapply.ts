import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { paymentNotifications } from '@/db/schema';
import { env } from '@/lib/env';
import { applyNotification } from '@/lib/payments/apply';
import { NotificationSchema, signatureValid } from '@/lib/payments/notification';
import { refuser, transact } from '@/lib/transaction';
import { recordAudit } from './audit';

export const ReapplySchema = z.object({ notificationId: z.coerce.number().int().positive() });

export type ReapplyRefusal = 'not_found' | 'signature_invalid' | 'body_invalid';
export type ReapplyResult = { ok: true; result: string } | { ok: false; code: ReapplyRefusal };
const refuse = refuser<ReapplyRefusal>();

/**
 * Applies a stored notification again (a payment left stuck because its application was refused
 * or failed): its raw body is parsed and its signature checked again, then it takes the very path
 * a bank's retry takes, so it is idempotent: money already credited is a `duplicate`, never twice.
 * The application nests (as a savepoint) in this transaction with its audit record.
 */
export async function reapplyNotification(
  actorUserId: number,
  notificationId: number,
): Promise<ReapplyResult> {
  return transact<ReapplyResult>(async (tx) => {
    const [row] = await tx
      .select({
        raw: paymentNotifications.rawBody,
        transactionId: paymentNotifications.providerTransactionId,
      })
      .from(paymentNotifications)
      .where(eq(paymentNotifications.id, notificationId))
      .limit(1);
    if (!row) return refuse('not_found');
    let body: unknown;
    try {
      body = JSON.parse(row.raw);
    } catch {
      return refuse('body_invalid');
    }
    if (!signatureValid(body, env().PAYMENT_SERVER_KEY)) return refuse('signature_invalid');
    const parsed = NotificationSchema.safeParse(body);
    if (!parsed.success) return refuse('body_invalid');
    const applied = await applyNotification(parsed.data, row.raw);
    await recordAudit(tx, {
      actorUserId,
      action: 'payment.reapply',
      subject: `notification:${notificationId}`,
      after: { transactionId: row.transactionId, result: applied.result },
    });
    return { ok: true, result: applied.result };
  });
}
