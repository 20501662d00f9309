import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { row } from '@/db';
import { bookings } from '@/db/schema';
import type { Tx } from '@/lib/transaction';
import { formatServiceDate, formatWibTime, wibDate } from '@/lib/dates';
import { queueMessage } from '@/lib/notify/sender';
import { issueTickets } from '@/lib/tickets/issue';

export type PaymentMethod = 'kaipay' | 'va' | 'retail';
export type ConfirmResult = { result: 'paid' | 'already_paid' | 'not_payable' };

/**
 * Marks a booking paid and issues its tickets, INSIDE the caller's transaction (the caller
 * moves the money in the same transaction). The write is conditional: only a booking still awaiting
 * payment whose hold has not run out at `at` becomes paid, so a retry or a second payer gets
 * 'already_paid' and an expired, cancelled or unknown booking 'not_payable'. Sends nothing: the
 * caller queues the e-ticket message (queueTicketMessage) in the same transaction.
 */
export async function confirmBookingPaid(
  tx: Tx,
  input: { bookingId: number; method: PaymentMethod; at: number },
): Promise<ConfirmResult> {
  const changed = await tx
    .update(bookings)
    .set({ status: 'paid', paidAt: input.at, paymentMethod: input.method })
    .where(
      and(
        eq(bookings.id, input.bookingId),
        eq(bookings.status, 'awaiting_payment'),
        gt(bookings.holdExpiresAt, input.at),
      ),
    )
    .returning({ id: bookings.id });
  if (changed.length === 1) {
    await issueTickets(tx, input.bookingId, input.at);
    return { result: 'paid' };
  }
  const [current] = await tx
    .select({ status: bookings.status })
    .from(bookings)
    .where(eq(bookings.id, input.bookingId))
    .limit(1);
  return { result: current?.status === 'paid' ? 'already_paid' : 'not_payable' };
}

/** The e-ticket message text (Indonesian, as KAI sends it). */
export function ticketMessage(b: {
  code: string;
  trainName: string;
  trainNumber: string;
  departsAt: number;
  originCode: string;
  destinationCode: string;
  passengers: number;
}): string {
  return (
    `E-tiket KAI Access ${b.code} terbit: ${b.trainName} (KA ${b.trainNumber}) ${b.originCode} → ${b.destinationCode}, ` +
    `${formatServiceDate(wibDate(b.departsAt), 'id')} ${formatWibTime(b.departsAt)} WIB, ${b.passengers} penumpang. ` +
    'QR boarding ada di e-boarding pass di Tiket Saya, mulai 2 jam sebelum berangkat.'
  );
}

/**
 * Queues the e-ticket message to the booking's contact phone INSIDE the paying transaction, after
 * confirmBookingPaid said 'paid' (the transactional outbox, lib/notify/sender.ts): the message
 * commits exactly with the payment. Database work only; the caller logs after the commit.
 */
export async function queueTicketMessage(tx: Tx, bookingId: number): Promise<void> {
  // Camel-case aliases are quoted: PostgreSQL folds bare ones to lower case.
  const b = await row<{
    code: string;
    phone: string;
    trainName: string;
    trainNumber: string;
    departsAt: number;
    originCode: string;
    destinationCode: string;
    passengers: number;
  }>(
    sql`
    select b.code, b.contact_phone as phone, t.name as "trainName", t.number as "trainNumber",
           b.departs_at as "departsAt", so.station_code as "originCode",
           sd.station_code as "destinationCode", b.adults + b.infants as passengers
    from bookings b join trips tr on tr.id = b.trip_id join trains t on t.id = tr.train_id
    join train_stops so on so.train_id = t.id and so.seq = b.origin_seq
    join train_stops sd on sd.train_id = t.id and sd.seq = b.destination_seq
    where b.id = ${bookingId} and b.status = 'paid'`,
    tx,
  );
  // Unreachable after a 'paid' confirmation in this transaction; a bug if it happens, and the
  // payment must not commit without its message.
  if (!b) throw new Error(`e-ticket message: booking ${bookingId} is not paid`);
  await queueMessage(tx, { phone: b.phone, body: ticketMessage(b) });
}
