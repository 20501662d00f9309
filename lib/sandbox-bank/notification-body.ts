import {
  signNotification,
  statusCodeOf,
  type TransactionStatus,
} from '@/lib/payments/notification';

export type SandboxPayment = {
  transactionId: string;
  orderId: string;
  bank: string;
  number: string;
  amount: number;
  status: TransactionStatus;
  createdAt: number;
};

/** The Midtrans-format notification the bank sends for a payment, signed with the server key. */
export function notificationBody(p: SandboxPayment, serverKey: string): Record<string, unknown> {
  const retail = p.bank === 'INDOMARET' || p.bank === 'ALFAMART';
  const base = {
    order_id: p.orderId,
    status_code: statusCodeOf(p.status),
    gross_amount: `${p.amount}.00`,
    transaction_status: p.status,
    transaction_id: p.transactionId,
    payment_type: retail ? 'cstore' : p.bank === 'MANDIRI' ? 'echannel' : 'bank_transfer',
    transaction_time: new Date(p.createdAt + 7 * 3600_000)
      .toISOString()
      .replace('T', ' ')
      .slice(0, 19),
    ...(retail
      ? { payment_code: p.number, store: p.bank.toLowerCase() }
      : { va_numbers: [{ bank: p.bank.toLowerCase(), va_number: p.number }] }),
  };
  return { ...base, signature_key: signNotification(base, serverKey) };
}
