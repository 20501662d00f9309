import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { applyNotification, type ApplyResult } from '@/lib/payments/apply';
import { NotificationSchema, type TransactionStatus } from '@/lib/payments/notification';
import { vaNotification } from '@/lib/payments/testing/notify-fixtures';

const RETAIL = new Set(['INDOMARET', 'ALFAMART']);
/** Outcomes after which the passenger is sent a message (a top-up, a late-payment refund, tickets). */
const MESSAGED = new Set(['credited', 'refunded', 'booking_paid']);

/**
 * A signed notification for one of our numbers, as the bank (or the sandbox bank) sends it: a VA
 * names the number in va_numbers, a retail code is a cstore payment_code. Applied through the same
 * path as POST /api/payments/notify after its signature check. Returns once the message its
 * outcome sends after the commit is in the outbox, so nothing of this step still runs in the next
 * one (or after the run's database is gone).
 */
export async function notify(input: {
  bank: string;
  number: string;
  orderId: string;
  amount: number;
  status: TransactionStatus;
  transactionId: string;
}): Promise<ApplyResult> {
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
  const before = await messages();
  const result = await applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
  if (MESSAGED.has(result.result)) await messageSent(before);
  return result;
}

async function messages(): Promise<number> {
  return (await row<{ n: number }>(sql`select count(*) as n from notifications`))!.n;
}

/** Waits until a message beyond `before` is stored; fails when none comes within five seconds. */
async function messageSent(before: number): Promise<void> {
  for (const until = performance.now() + 5_000; performance.now() < until;) {
    if ((await messages()) > before) return;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error('the message after a credited, refunded or paid notification was never sent');
}
