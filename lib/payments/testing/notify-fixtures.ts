import crypto from 'node:crypto';
import { env } from '@/lib/env';
import { signNotification, statusCodeOf, type TransactionStatus } from '../notification';
import { openVaOrderId } from '../order-ids';

/** A readable test label as a bank transaction id (a UUID, as banks issue them), the same each time. */
export function txId(label: string): string {
  const h = crypto.createHash('sha256').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A signed notification for a VA payment, as the bank would send it. */
export function vaNotification(
  number: string,
  amount: number,
  status: TransactionStatus = 'settlement',
  transactionId: string = crypto.randomUUID(),
  bank = 'bca',
  orderId = openVaOrderId(number, transactionId),
) {
  const base = {
    order_id: orderId,
    status_code: statusCodeOf(status),
    gross_amount: `${amount}.00`,
    transaction_status: status,
    transaction_id: transactionId,
    payment_type: 'bank_transfer',
    va_numbers: [{ bank, va_number: number }],
  };
  return { ...base, signature_key: signNotification(base, env().PAYMENT_SERVER_KEY) };
}
