import crypto from 'node:crypto';
import { env } from '@/lib/env';
import { signNotification, statusCodeOf, type TransactionStatus } from '../notification';
import { openVaOrderId } from '../order-ids';

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
