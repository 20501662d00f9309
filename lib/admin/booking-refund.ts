import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { bookingRefunds, bookings, seatSegments, tickets } from '@/db/schema';
import { BOOKING_CODE_PATTERN } from '@/lib/booking/codes';
import { boardingOpensAt } from '@/lib/booking/fees';
import { now } from '@/lib/clock';
import { systemAccountId } from '@/lib/ledger/accounts';
import { postTransfer } from '@/lib/ledger/transfer';
import { log } from '@/lib/log';
import { formatRupiah } from '@/lib/money';
import { sendMessage } from '@/lib/notify/sender';
import { revokeTickets } from '@/lib/tickets/revocations';
import { refuser, transact, type Tx } from '@/lib/transaction';
import { creditWallet } from '@/lib/wallet/payments';
import { recordAudit } from './audit';
import { ReasonSchema } from './wallets';

export const BookingActionSchema = z.object({
  code: z.string().trim().toUpperCase().regex(BOOKING_CODE_PATTERN, { error: 'not_found' }),
  reason: ReasonSchema,
});

export type AdminRefundRefusal = 'not_found' | 'not_refundable';
export type AdminRefundResult =
  | { ok: true; kind: 'refunded'; amount: number; to: 'kaipay' | 'bank' }
  | { ok: true; kind: 'released' }
  | { ok: false; code: AdminRefundRefusal };
const refuse = refuser<AdminRefundRefusal>();

type Done = Extract<AdminRefundResult, { ok: true }> & { phone: string };

/**
 * An officer cancels a booking by hand, with a reason. A paid booking is refunded IN FULL (no fee,
 * no 2-hour cutoff: the officer decided the passenger is owed it) through the same ledger keys as
 * the passenger's own cancellation and a trip cancellation (`booking:<code>:cancel` / `:refund`), so
 * whichever path comes first refunds and the others find it done: to KAIPay at once, or owed to the
 * bank when the wallet cannot take it (none, frozen, full). Its tickets are voided and, once
 * boarding opened (a boarding QR may be out), put on the gates' revocation list. An unpaid hold is released (seats freed).
 * One serializable transaction with the audit record; the passenger is told after commit.
 */
export async function adminCancelBooking(input: {
  actorUserId: number;
  code: string;
  reason: string;
}): Promise<AdminRefundResult> {
  const result = await transact((tx): Promise<Done | { ok: false; code: AdminRefundRefusal }> =>
    inTx(tx, input),
  );
  if (!result.ok) return result;
  const { phone, ...out } = result;
  log.info('admin.booking_cancelled', { kind: out.kind });
  const body =
    out.kind === 'released'
      ? `Pemesanan KAI Access ${input.code} dibatalkan oleh petugas KAI Access. Kursi sudah dilepas.`
      : `Pemesanan KAI Access ${input.code} dibatalkan oleh petugas KAI Access. Refund penuh ${formatRupiah(out.amount)} ${out.to === 'kaipay' ? 'masuk ke saldo KAIPay Anda' : 'dikirim lewat transfer bank (diproses)'}.`;
  await sendMessage({ phone, body }).catch((e: unknown) =>
    log.error('admin.booking_message_failed', { message: String(e) }),
  );
  return out;
}

async function inTx(
  tx: Tx,
  input: { actorUserId: number; code: string; reason: string },
): Promise<Done> {
  const at = now();
  const [b] = await tx
    .select({
      id: bookings.id,
      userId: bookings.userId,
      status: bookings.status,
      total: bookings.total,
      departsAt: bookings.departsAt,
      phone: bookings.contactPhone,
    })
    .from(bookings)
    .where(eq(bookings.code, input.code))
    .limit(1);
  if (!b) return refuse('not_found');
  if (b.status !== 'paid' && b.status !== 'awaiting_payment') return refuse('not_refundable');
  const moved = await tx
    .update(bookings)
    .set({ status: 'cancelled', closedAt: at })
    .where(and(eq(bookings.id, b.id), eq(bookings.status, b.status)))
    .returning({ id: bookings.id });
  if (moved.length !== 1) return refuse('not_refundable');
  await tx.delete(seatSegments).where(eq(seatSegments.bookingId, b.id));
  const audit = {
    actorUserId: input.actorUserId,
    subject: `booking:${input.code}`,
    detail: input.reason,
  };
  if (b.status === 'awaiting_payment') {
    await recordAudit(tx, {
      ...audit,
      action: 'booking.release',
      before: { status: b.status },
      after: { status: 'cancelled' },
    });
    return { ok: true, kind: 'released', phone: b.phone };
  }
  const live = (
    await tx
      .select({ number: tickets.number })
      .from(tickets)
      .where(and(eq(tickets.bookingId, b.id), eq(tickets.status, 'active')))
      .orderBy(asc(tickets.id))
  ).map((t) => t.number);
  if (live.length)
    await tx
      .update(tickets)
      .set({ status: 'void' })
      .where(and(eq(tickets.bookingId, b.id), inArray(tickets.number, live)));
  // Once boarding opened a signed QR may be on a phone: the gates must refuse it offline too.
  // Before that no QR exists, and voiding is enough (the list stays small).
  if (at >= boardingOpensAt(b.departsAt))
    await revokeTickets(tx, { numbers: live, reason: 'manual', at });
  const payable = await systemAccountId(tx, 'refunds_payable');
  const split = await postTransfer(tx, {
    kind: 'refund',
    idempotencyKey: `booking:${input.code}:cancel`,
    reference: input.code,
    entries: [
      { accountId: await systemAccountId(tx, 'ticket_revenue'), amount: -b.total },
      { accountId: payable, amount: b.total },
    ],
  });
  if (!split.ok) throw new Error(`admin refund split refused: ${split.code}`);
  const credited = (
    await creditWallet(tx, {
      userId: b.userId,
      amount: b.total,
      kind: 'refund',
      fromAccountId: payable,
      idempotencyKey: `booking:${input.code}:refund`,
      reference: input.code,
    })
  ).ok;
  const to = credited ? 'kaipay' : 'bank';
  await tx.insert(bookingRefunds).values({
    bookingId: b.id,
    ticketPrice: b.total,
    fee: 0,
    amount: b.total,
    status: credited ? 'to_kaipay' : 'to_bank',
    createdAt: at,
  });
  await recordAudit(tx, {
    ...audit,
    action: 'booking.refund',
    before: { status: 'paid', total: b.total },
    after: { status: 'cancelled', refund: b.total, to },
  });
  return { ok: true, kind: 'refunded', amount: b.total, to, phone: b.phone };
}
