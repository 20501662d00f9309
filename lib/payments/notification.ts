import crypto from 'node:crypto';
import { z } from 'zod';
import { parseOrderId, TRANSACTION_ID_PATTERN } from './order-ids';

export const TRANSACTION_STATUSES = [
  'pending',
  'settlement',
  'expire',
  'cancel',
  'chargeback',
] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

/**
 * A Midtrans-style payment notification (DOMAIN.md). Unknown extra fields are ignored. Every
 * signed field has one exact form (an order id of our own shape, a known status code, whole rupiah
 * without leading zeros), so the unseparated signed string cannot be re-split between them.
 */
export const NotificationSchema = z
  .object({
    order_id: z
      .string()
      .max(80)
      .refine((id) => parseOrderId(id) !== null, { error: 'not one of our order ids' }),
    status_code: z.enum(['200', '201', '202']),
    gross_amount: z.string().regex(/^[1-9]\d{0,11}\.00$/),
    transaction_status: z.enum(TRANSACTION_STATUSES),
    transaction_id: z.string().regex(TRANSACTION_ID_PATTERN),
    payment_type: z.enum(['bank_transfer', 'echannel', 'cstore']),
    va_numbers: z
      .array(
        z.object({ bank: z.string().min(2).max(16), va_number: z.string().regex(/^\d{8,23}$/) }),
      )
      .max(1)
      .optional(),
    payment_code: z
      .string()
      .regex(/^\d{8,23}$/)
      .optional(),
    store: z.string().max(16).optional(),
    transaction_time: z.string().max(32).optional(),
    signature_key: z.string().regex(/^[0-9a-f]{128}$/),
  })
  .refine((n) => (n.va_numbers?.length === 1) !== (n.payment_code !== undefined), {
    error: 'exactly one of va_numbers or payment_code',
  })
  // status_code is signed, transaction_status is not: they must tell the same story.
  .refine((n) => statusCodeOf(n.transaction_status) === n.status_code, {
    error: 'status_code does not match transaction_status',
  });

export type PaymentNotification = z.infer<typeof NotificationSchema>;

/** signature_key = SHA512(order_id + status_code + gross_amount + server_key), hex. */
export function signNotification(
  n: { order_id: string; status_code: string; gross_amount: string },
  serverKey: string,
): string {
  return crypto
    .createHash('sha512')
    .update(n.order_id + n.status_code + n.gross_amount + serverKey)
    .digest('hex');
}

/** Compares the signature in constant time; anything not shaped like a signature is false. */
export function signatureValid(body: unknown, serverKey: string): boolean {
  if (!body || typeof body !== 'object') return false;
  const n = body as Record<string, unknown>;
  const fields = [n.order_id, n.status_code, n.gross_amount, n.signature_key];
  if (!fields.every((f) => typeof f === 'string')) return false;
  const expected = Buffer.from(signNotification(n as PaymentNotification, serverKey), 'hex');
  const given = Buffer.from(String(n.signature_key), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** "100000.00" → 100000 (the schema has already refused anything with cents). */
export function grossAmountRupiah(grossAmount: string): number {
  return Number(grossAmount.slice(0, -3));
}

/**
 * The Midtrans status code that goes with a transaction status. A chargeback takes 202 like the
 * other reversals (not 200 as a success would), so a captured settlement body cannot be relabelled
 * a chargeback: status_code is signed, transaction_status is not.
 */
export function statusCodeOf(status: TransactionStatus): '200' | '201' | '202' {
  return status === 'settlement' ? '200' : status === 'pending' ? '201' : '202';
}

/** Later statuses win; a notification never moves a payment backwards. */
export function statusRank(status: string): number {
  return status === 'pending' ? 0 : 1;
}
