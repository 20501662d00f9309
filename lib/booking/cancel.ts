import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { bookingRefunds, bookings, seatSegments, tickets } from '@/db/schema';
import { now } from '@/lib/clock';
import { systemAccountId } from '@/lib/ledger/accounts';
import { postTransfer } from '@/lib/ledger/transfer';
import type { Tx } from '@/lib/transaction';
import { log } from '@/lib/log';
import { formatRupiah } from '@/lib/money';
import { sendMessage } from '@/lib/notify/sender';
import { creditWallet } from '@/lib/wallet/payments';
import { BOOKING_CODE_PATTERN } from './codes';
import { beforeCutoff, cancellationFee } from './fees';

export type CancelRefusal = 'not_found' | 'not_cancellable' | 'too_late' | 'boarding_pass_issued';
export type CancelResult =
  | { ok: true; alreadyCancelled: boolean; fee: number; refund: number; to: 'kaipay' | 'bank' }
  | { ok: false; code: CancelRefusal };
export type CancelQuote =
  | { ok: true; ticketPrice: number; fee: number; refund: number }
  | { ok: false; code: CancelRefusal };

type Row = {
  id: number;
  code: string;
  total: number;
  status: string;
  departsAt: number;
  phone: string;
};

async function load(
  tx: Pick<Tx, 'select'>,
  userId: number,
  code: string,
): Promise<Row | undefined> {
  const [found] = await tx
    .select({
      id: bookings.id,
      code: bookings.code,
      total: bookings.total,
      status: bookings.status,
      departsAt: bookings.departsAt,
      phone: bookings.contactPhone,
    })
    .from(bookings)
    .where(and(eq(bookings.code, code), eq(bookings.userId, userId)))
    .limit(1);
  return found;
}

async function refusal(
  tx: Pick<Tx, 'select'>,
  b: Row | undefined,
  at: number,
): Promise<CancelRefusal | null> {
  if (!b) return 'not_found';
  if (b.status !== 'paid') return 'not_cancellable';
  if (!beforeCutoff(b.departsAt, at)) return 'too_late';
  const pass = await tx
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.bookingId, b.id), isNotNull(tickets.boardingPassAt)))
    .limit(1);
  return pass.length > 0 ? 'boarding_pass_issued' : null;
}

/** What cancelling would cost and give back now, for the confirmation screen. */
export async function cancellationQuote(userId: number, code: string): Promise<CancelQuote> {
  if (!BOOKING_CODE_PATTERN.test(code)) return { ok: false, code: 'not_found' };
  const db = getDb();
  const b = await load(db, userId, code);
  const problem = await refusal(db, b, now());
  if (problem) return { ok: false, code: problem };
  const fee = cancellationFee(b!.total);
  return { ok: true, ticketPrice: b!.total, fee, refund: b!.total - fee };
}

/**
 * Cancels a paid booking (paid, at least 2 h before departure, no boarding pass yet) in ONE
 * serializable transaction (inTransaction in db/index.ts): the status moves paid → cancelled conditionally, the seats are freed and
 * the tickets voided; the ticket price leaves ticket revenue, the 25% fee goes to fee revenue and
 * the rest to refunds payable, from where it is credited to KAIPay at once. When the wallet cannot
 * take it (a VA-paid booking without an active wallet, or the tier maximum) the refund stays in
 * refunds payable marked 'to_bank' for return to the paying bank account. A second cancellation
 * finds the booking cancelled and refunds nothing more (keys `booking:<code>:cancel` / `:refund`).
 */
export async function cancelBooking(userId: number, code: string): Promise<CancelResult> {
  if (!BOOKING_CODE_PATTERN.test(code)) return { ok: false, code: 'not_found' };
  const result = await inTransaction(async (tx): Promise<CancelResult & { phone?: string }> => {
    const at = now();
    const b = await load(tx, userId, code);
    if (b?.status === 'cancelled') {
      const [r] = await tx
        .select()
        .from(bookingRefunds)
        .where(eq(bookingRefunds.bookingId, b.id))
        .limit(1);
      if (r)
        return {
          ok: true,
          alreadyCancelled: true,
          fee: r.fee,
          refund: r.amount,
          to: r.status === 'to_kaipay' ? 'kaipay' : 'bank',
        };
    }
    const problem = await refusal(tx, b, at);
    if (problem) return { ok: false, code: problem };
    const moved = await tx
      .update(bookings)
      .set({ status: 'cancelled', closedAt: at })
      .where(and(eq(bookings.id, b!.id), eq(bookings.status, 'paid')))
      .returning({ id: bookings.id });
    if (moved.length !== 1) return { ok: false, code: 'not_cancellable' };
    await tx.delete(seatSegments).where(eq(seatSegments.bookingId, b!.id));
    await tx.update(tickets).set({ status: 'void' }).where(eq(tickets.bookingId, b!.id));
    const fee = cancellationFee(b!.total);
    const refund = b!.total - fee;
    const payable = await systemAccountId(tx, 'refunds_payable');
    const entries = [
      { accountId: await systemAccountId(tx, 'ticket_revenue'), amount: -b!.total },
      { accountId: await systemAccountId(tx, 'fee_revenue'), amount: fee },
    ];
    if (refund > 0) entries.push({ accountId: payable, amount: refund });
    const split = await postTransfer(tx, {
      kind: 'fee',
      idempotencyKey: `booking:${code}:cancel`,
      reference: code,
      entries,
    });
    if (!split.ok) throw new Error(`cancel split refused: ${split.code}`);
    const credited =
      refund > 0 &&
      (
        await creditWallet(tx, {
          userId,
          amount: refund,
          kind: 'refund',
          fromAccountId: payable,
          idempotencyKey: `booking:${code}:refund`,
          reference: code,
        })
      ).ok;
    await tx.insert(bookingRefunds).values({
      bookingId: b!.id,
      ticketPrice: b!.total,
      fee,
      amount: refund,
      status: credited || refund === 0 ? 'to_kaipay' : 'to_bank',
      createdAt: at,
    });
    return {
      ok: true,
      alreadyCancelled: false,
      fee,
      refund,
      to: credited || refund === 0 ? 'kaipay' : 'bank',
      phone: b!.phone,
    };
  });
  if (!result.ok || result.alreadyCancelled) return result;
  const { phone, ...out } = result;
  // The booking code is a secret (DOMAIN.md): it stays out of the logs.
  log.info('booking.cancelled', { refund: out.refund, to: out.to });
  const where =
    out.to === 'kaipay'
      ? 'ke saldo KAIPay Anda'
      : 'lewat transfer bank oleh petugas KAI Access (diproses)';
  await sendMessage({
    phone: phone!,
    body: `Pemesanan KAI Access ${code} dibatalkan. Bea batal ${formatRupiah(out.fee)}; refund ${formatRupiah(out.refund)} ${where}.`,
  });
  return out;
}
