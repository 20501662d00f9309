import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
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
 * replayed raises it once (unique kind + order + transaction + status). True when this call raised
 * it; the caller logs that after its commit (a transaction may run more than once).
 */
export async function raisePaymentFlag(
  tx: Tx,
  flag: {
    kind: PaymentFlagKind;
    orderId: string;
    transactionId: string;
    transactionStatus: string;
    notificationId: number;
  },
): Promise<boolean> {
  const { transactionId, ...rest } = flag;
  const inserted = await tx
    .insert(paymentFlags)
    .values({ ...rest, providerTransactionId: transactionId, createdAt: now() })
    .onConflictDoNothing()
    .returning({ id: paymentFlags.id });
  return inserted.length === 1;
}

/** Logs a flag raised by a committed transaction. */
export function logPaymentFlag(kind: PaymentFlagKind, transactionStatus: string): void {
  log.warn('payment.flagged', { kind, status: transactionStatus });
}

/** Flags no admin has resolved yet, oldest first. */
export async function openPaymentFlags(limit = 100): Promise<PaymentFlag[]> {
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
    .limit(limit);
}

/** Marks a flag resolved; false when it does not exist or was already resolved. */
export async function resolvePaymentFlag(id: number, at = now()): Promise<boolean> {
  const resolved = await inTransaction((tx) =>
    tx
      .update(paymentFlags)
      .set({ resolvedAt: at })
      .where(and(eq(paymentFlags.id, id), isNull(paymentFlags.resolvedAt)))
      .returning({ id: paymentFlags.id }),
  );
  return resolved.length === 1;
}
