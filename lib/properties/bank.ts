import { applyNotification, type ApplyResult } from '@/lib/payments/apply';
import { NotificationSchema, type TransactionStatus } from '@/lib/payments/notification';
import { vaNotification } from '@/lib/payments/testing/notify-fixtures';

const RETAIL = new Set(['INDOMARET', 'ALFAMART']);

/**
 * A signed notification for one of our numbers, as the bank (or the sandbox bank) sends it: a VA
 * names the number in va_numbers, a retail code is a cstore payment_code. Applied through the same
 * path as POST /api/payments/notify after its signature check.
 */
export function notify(input: {
  bank: string;
  number: string;
  orderId: string;
  amount: number;
  status: TransactionStatus;
  transactionId: string;
}): ApplyResult {
  const { bank, number, orderId, amount, status, transactionId } = input;
  const va = vaNotification(number, amount, status, transactionId, bank.toLowerCase(), orderId);
  const body: Record<string, unknown> = RETAIL.has(bank)
    ? {
        ...va,
        va_numbers: undefined,
        payment_type: 'cstore',
        payment_code: number,
        store: bank.toLowerCase(),
      }
    : va;
  delete body[RETAIL.has(bank) ? 'va_numbers' : 'payment_code'];
  return applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
}
