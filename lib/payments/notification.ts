import crypto from 'node:crypto';
import { z } from 'zod';

export const TRANSACTION_STATUSES = ['pending', 'settlement', 'expire', 'cancel'] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

/** A Midtrans-style payment notification (DOMAIN.md). Unknown extra fields are ignored. */
export const NotificationSchema = z
  .object({
    order_id: z.string().min(1).max(64),
    status_code: z.string().regex(/^\d{3}$/),
    gross_amount: z.string().regex(/^\d{1,12}\.00$/),
    transaction_status: z.enum(TRANSACTION_STATUSES),
    transaction_id: z.string().min(8).max(64),
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
  n: Pick<PaymentNotification, 'order_id' | 'status_code' | 'gross_amount'>,
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

/** The Midtrans status code that goes with a transaction status. */
export function statusCodeOf(status: TransactionStatus): string {
  return status === 'settlement' ? '200' : status === 'pending' ? '201' : '202';
}

/** Later statuses win; a notification never moves a payment backwards. */
export function statusRank(status: string): number {
  return status === 'pending' ? 0 : 1;
}
