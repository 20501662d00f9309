import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  bankPayments,
  bookings,
  paymentAccounts,
  paymentNotifications,
  users,
  type PaymentBank,
} from '@/db/schema';
import type { Tx } from '@/lib/ledger/tx';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { formatRupiah } from '@/lib/money';
import { sendMessage } from '@/lib/notify/sender';
import { announceTickets } from '@/lib/checkout/confirm';
import { settle, type SettleResult } from './settle';
import { bookingOrderId, openVaOrderId, retailTopUpOrderId } from './order-ids';
import { grossAmountRupiah, statusRank, type PaymentNotification } from './notification';

export type ApplyResult =
  | { result: 'unknown_account' | 'inconsistent' }
  | { result: 'duplicate' | 'recorded'; status: string }
  | SettleResult;

function numberOf(n: PaymentNotification): { bank: string; number: string } {
  return n.va_numbers?.length
    ? { bank: n.va_numbers[0]!.bank.toUpperCase(), number: n.va_numbers[0]!.va_number }
    : { bank: (n.store ?? '').toUpperCase(), number: n.payment_code! };
}

/**
 * Applies a verified notification in one immediate transaction keyed on the bank's transaction id:
 * the raw body is kept, the payment's status only moves forward, and a settlement credits the
 * wallet (or pays the booking) exactly once: the ledger transfer's idempotency key is the
 * transaction id. What cannot be credited is refunded or marked returned to the bank (settle.ts).
 */
export function applyNotification(n: PaymentNotification, rawBody: string): ApplyResult {
  const { bank, number } = numberOf(n);
  const outcome = getDb().transaction(
    (tx) => {
      const account = tx
        .select()
        .from(paymentAccounts)
        .where(
          and(eq(paymentAccounts.bank, bank as PaymentBank), eq(paymentAccounts.number, number)),
        )
        .get();
      if (!account) return { result: 'unknown_account' } as const;
      if (!consistent(tx, account, n)) return { result: 'inconsistent' } as const;
      const t = now();
      const existing = tx
        .select()
        .from(bankPayments)
        .where(eq(bankPayments.providerTransactionId, n.transaction_id))
        .get();
      let result: ApplyResult;
      if (existing && statusRank(existing.status) >= statusRank(n.transaction_status)) {
        result = { result: 'duplicate', status: existing.status };
      } else {
        const values = { status: n.transaction_status, updatedAt: t };
        const paymentId = existing
          ? (tx.update(bankPayments).set(values).where(eq(bankPayments.id, existing.id)).run(),
            existing.id)
          : tx
              .insert(bankPayments)
              .values({
                ...values,
                providerTransactionId: n.transaction_id,
                orderId: n.order_id,
                paymentAccountId: account.id,
                userId: account.userId,
                bank: account.bank,
                grossAmount: grossAmountRupiah(n.gross_amount),
                createdAt: t,
              })
              .returning({ id: bankPayments.id })
              .get().id;
        result =
          n.transaction_status === 'settlement'
            ? settle({
                tx,
                paymentId,
                account,
                gross: grossAmountRupiah(n.gross_amount),
                transactionId: n.transaction_id,
              })
            : { result: 'recorded', status: n.transaction_status };
      }
      tx.insert(paymentNotifications)
        .values({
          providerTransactionId: n.transaction_id,
          transactionStatus: n.transaction_status,
          rawBody,
          result: result.result,
          receivedAt: t,
        })
        .run();
      return { ...result, userId: account.userId };
    },
    { behavior: 'immediate' },
  );
  if (outcome.result === 'credited')
    void tell(
      outcome.userId,
      `Top up berhasil. Saldo KAIPay Anda bertambah ${formatRupiah(outcome.amount)}.`,
    );
  if (outcome.result === 'refunded')
    void tell(
      outcome.userId,
      `Pembayaran ${formatRupiah(outcome.amount)} diterima setelah batas waktu pemesanan. Dana dikembalikan ke KAIPay Anda.`,
    );
  if (outcome.result === 'booking_paid')
    void announceTickets(outcome.bookingId).catch((e: unknown) =>
      log.error('payment.announce_failed', { message: String(e) }),
    );
  log.info('payment.notification', { result: outcome.result, status: n.transaction_status });
  return outcome;
}

/**
 * The unsigned fields must agree with the signed order id: a captured body replayed with another
 * VA number or transaction id fails here. A closed number takes a single payment (money returned
 * to the bank for a wrong amount does not count).
 */
function consistent(
  tx: Tx,
  account: typeof paymentAccounts.$inferSelect,
  n: PaymentNotification,
): boolean {
  if (account.kind === 'open_va')
    return n.order_id === openVaOrderId(account.number, n.transaction_id);
  const expected =
    account.purpose === 'booking'
      ? bookingOrderId(
          tx
            .select({ code: bookings.code })
            .from(bookings)
            .where(eq(bookings.id, account.bookingId!))
            .get()?.code ?? '',
        )
      : retailTopUpOrderId(account.number);
  if (n.order_id !== expected) return false;
  const other = tx
    .select({ id: bankPayments.id })
    .from(bankPayments)
    .where(
      and(
        eq(bankPayments.paymentAccountId, account.id),
        ne(bankPayments.providerTransactionId, n.transaction_id),
        ne(bankPayments.status, 'returned'),
      ),
    )
    .get();
  return !other;
}

async function tell(userId: number, body: string): Promise<void> {
  const phone = getDb()
    .select({ phone: users.phone })
    .from(users)
    .where(eq(users.id, userId))
    .get()?.phone;
  if (!phone) return;
  await sendMessage({ phone, body }).catch((e: unknown) =>
    log.error('payment.message_failed', { message: String(e) }),
  );
}
