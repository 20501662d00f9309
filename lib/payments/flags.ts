import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { paymentFlags, type PaymentFlagKind } from '@/db/schema';
import type { Tx } from '@/lib/transaction';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';

export type PaymentFlag = {
  id: number;
  kind: PaymentFlagKind;
  orderId: string;
  transactionId: string;
  transactionStatus: string;
  notificationId: number | null;
  createdAt: number;
};

/**
 * Raises a flag for an admin inside the caller's transaction. The same notification retried or
 * replayed raises it once (unique kind + order + transaction + status).
 */
export function raisePaymentFlag(
  tx: Tx,
  flag: {
    kind: PaymentFlagKind;
    orderId: string;
    transactionId: string;
    transactionStatus: string;
    notificationId: number;
  },
): void {
  const { transactionId, ...rest } = flag;
  const inserted = tx
    .insert(paymentFlags)
    .values({ ...rest, providerTransactionId: transactionId, createdAt: now() })
    .onConflictDoNothing()
    .run();
  if (inserted.changes === 1)
    log.warn('payment.flagged', { kind: flag.kind, status: flag.transactionStatus });
}

/** Flags no admin has resolved yet, oldest first. */
export function openPaymentFlags(limit = 100): PaymentFlag[] {
  return getDb()
    .select({
      id: paymentFlags.id,
      kind: paymentFlags.kind,
      orderId: paymentFlags.orderId,
      transactionId: paymentFlags.providerTransactionId,
      transactionStatus: paymentFlags.transactionStatus,
      notificationId: paymentFlags.notificationId,
      createdAt: paymentFlags.createdAt,
    })
    .from(paymentFlags)
    .where(isNull(paymentFlags.resolvedAt))
    .orderBy(asc(paymentFlags.createdAt), asc(paymentFlags.id))
    .limit(limit)
    .all();
}

/** Marks a flag resolved; false when it does not exist or was already resolved. */
export function resolvePaymentFlag(id: number, at = now()): boolean {
  return (
    getDb()
      .update(paymentFlags)
      .set({ resolvedAt: at })
      .where(and(eq(paymentFlags.id, id), isNull(paymentFlags.resolvedAt)))
      .run().changes === 1
  );
}
