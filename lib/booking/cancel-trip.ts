import 'server-only';
import { and, asc, eq, inArray, max, or } from 'drizzle-orm';
import {
  bookingLegs,
  bookingRefunds,
  bookings,
  seatSegments,
  tickets,
  trainStops,
  trains,
  trips,
} from '@/db/schema';
import { recordAudit } from '@/lib/admin/audit';
import { now } from '@/lib/clock';
import { systemAccountId } from '@/lib/ledger/accounts';
import { postTransfer } from '@/lib/ledger/transfer';
import { log } from '@/lib/log';
import { refuser, transact, type Tx } from '@/lib/transaction';
import { creditWallet } from '@/lib/wallet/payments';
import { wibInstant } from '@/lib/dates';
import { lockOutNewBookings } from './booking-locks';
import { revokeCancelledTripTickets } from './cancel-trip-revoke';
import { notifyTripCancelled, type TripNotice } from './cancel-trip-notify';

export type TripCancelRefusal = 'not_found' | 'trip_ended';
export type TripCancelResult =
  | {
      ok: true;
      alreadyCancelled: boolean;
      /** Paid bookings refunded in full: to KAIPay at once, or owed to the paying bank. */
      refundedToKaipay: number;
      owedToBank: number;
      refundTotal: number;
      /** Unpaid holds released. */
      holdsReleased: number;
    }
  | { ok: false; code: TripCancelRefusal };

const refuse = refuser<TripCancelRefusal>();

type Outcome = Extract<TripCancelResult, { ok: true }> & { notices: TripNotice[] };

/**
 * Cancels a whole trip (a Gapeka change, a disruption) in ONE serializable transaction: the trip moves
 * scheduled → cancelled conditionally (so of two admins, or two processes, only one does the work),
 * unpaid holds expire and free their seats, and every paid booking is cancelled and refunded IN
 * FULL (no fee, no 2-hour cutoff: the passenger did nothing wrong) through the same ledger keys as
 * a passenger's own cancellation (`booking:<code>:cancel` / `:refund`), so a booking is refunded at
 * most once whichever path reaches it first. A refund the wallet cannot take (no active KAIPay, the
 * tier maximum) stays in refunds payable, owed to the bank. The trip's tickets are voided and put on
 * the gates' revocation list, and the audit record is written in the same transaction. Each
 * passenger is told after commit. A second call finds the trip cancelled and changes nothing.
 */
export async function cancelTrip(input: {
  tripId: number;
  actorUserId: number;
  reason: string;
}): Promise<TripCancelResult> {
  const result = await transact((tx): Promise<Outcome | { ok: false; code: TripCancelRefusal }> =>
    cancelInTx(tx, input),
  );
  if (!result.ok) return result;
  const { notices, ...out } = result;
  if (!out.alreadyCancelled) {
    log.info('trip.cancelled', {
      tripId: input.tripId,
      refunded: out.refundedToKaipay,
      owed: out.owedToBank,
      released: out.holdsReleased,
    });
    await notifyTripCancelled(notices);
  }
  return out;
}

async function cancelInTx(
  tx: Tx,
  input: { tripId: number; actorUserId: number; reason: string },
): Promise<Outcome> {
  // First, before the snapshot: waits for holds under way on any trip and keeps new ones out until
  // commit (holds run at READ COMMITTED; booking-locks.ts), so none is left on the cancelled trip.
  await lockOutNewBookings(tx);
  const at = now();
  const [trip] = await tx
    .select({
      id: trips.id,
      status: trips.status,
      serviceDate: trips.serviceDate,
      trainId: trips.trainId,
      number: trains.number,
      name: trains.name,
    })
    .from(trips)
    .innerJoin(trains, eq(trains.id, trips.trainId))
    .where(eq(trips.id, input.tripId))
    .limit(1);
  if (!trip) return refuse('not_found');
  const none = { refundedToKaipay: 0, owedToBank: 0, refundTotal: 0, holdsReleased: 0 };
  if (trip.status === 'cancelled')
    return { ok: true, alreadyCancelled: true, ...none, notices: [] };
  if ((await tripEndsAt(tx, trip.trainId, trip.serviceDate)) <= at) return refuse('trip_ended');

  const moved = await tx
    .update(trips)
    .set({ status: 'cancelled' })
    .where(and(eq(trips.id, trip.id), eq(trips.status, 'scheduled')))
    .returning({ id: trips.id });
  if (moved.length !== 1) return { ok: true, alreadyCancelled: true, ...none, notices: [] };

  const label = `${trip.name} ${trip.number} (${trip.serviceDate})`;
  const notices: TripNotice[] = [];
  const held = await tx
    .update(bookings)
    .set({ status: 'expired', closedAt: at })
    .where(and(onTrip(tx, trip.id), eq(bookings.status, 'awaiting_payment')))
    .returning({ id: bookings.id, code: bookings.code, phone: bookings.contactPhone });
  // Passengers are told in booking order whichever order the engine returned the rows in.
  held.sort((a, b) => a.id - b.id);
  if (held.length)
    await tx.delete(seatSegments).where(
      inArray(
        seatSegments.bookingId,
        held.map((b) => b.id),
      ),
    );
  for (const b of held)
    notices.push({ kind: 'hold_released', phone: b.phone, code: b.code, label });

  const paid = await tx
    .select({
      id: bookings.id,
      code: bookings.code,
      userId: bookings.userId,
      total: bookings.total,
      phone: bookings.contactPhone,
    })
    .from(bookings)
    .where(and(onTrip(tx, trip.id), eq(bookings.status, 'paid')))
    .orderBy(asc(bookings.id));
  let refundedToKaipay = 0;
  let owedToBank = 0;
  let refundTotal = 0;
  for (const b of paid) {
    const to = await refundInFull(tx, b, at);
    if (to === 'kaipay') refundedToKaipay++;
    else owedToBank++;
    refundTotal += b.total;
    notices.push({ kind: 'refunded', phone: b.phone, code: b.code, label, amount: b.total, to });
  }
  await revokeCancelledTripTickets(
    tx,
    trip.id,
    paid.map((b) => b.id),
    at,
  );
  const outcome = { refundedToKaipay, owedToBank, refundTotal, holdsReleased: held.length };
  await recordAudit(tx, {
    actorUserId: input.actorUserId,
    action: 'trip.cancel',
    subject: `trip:${trip.id}`,
    detail: input.reason,
    before: { status: 'scheduled', train: trip.number, serviceDate: trip.serviceDate },
    after: { status: 'cancelled', ...outcome },
  });
  return { ok: true, alreadyCancelled: false, ...outcome, notices };
}

/**
 * Bookings that ride the trip: as their first train (the booking row) or as a connection's second
 * train. A connection is one journey, so losing either train cancels and refunds all of it.
 */
function onTrip(tx: Tx, tripId: number) {
  return or(
    eq(bookings.tripId, tripId),
    inArray(
      bookings.id,
      tx
        .select({ id: bookingLegs.bookingId })
        .from(bookingLegs)
        .where(eq(bookingLegs.tripId, tripId)),
    ),
  );
}

/** When a trip reaches its last stop; after that there is nothing left to cancel. */
async function tripEndsAt(tx: Tx, trainId: number, serviceDate: string): Promise<number> {
  const [last] = await tx
    .select({ minute: max(trainStops.arriveMinute) })
    .from(trainStops)
    .where(eq(trainStops.trainId, trainId));
  return wibInstant(serviceDate, 0, last?.minute ?? 1440);
}

/** Cancels one paid booking of the trip and refunds its whole ticket price. */
async function refundInFull(
  tx: Tx,
  b: { id: number; code: string; userId: number; total: number },
  at: number,
): Promise<'kaipay' | 'bank'> {
  const moved = await tx
    .update(bookings)
    .set({ status: 'cancelled', closedAt: at })
    .where(and(eq(bookings.id, b.id), eq(bookings.status, 'paid')))
    .returning({ id: bookings.id });
  if (moved.length !== 1) throw new Error('paid booking changed inside the transaction');
  await tx.delete(seatSegments).where(eq(seatSegments.bookingId, b.id));
  await tx.update(tickets).set({ status: 'void' }).where(eq(tickets.bookingId, b.id));
  const payable = await systemAccountId(tx, 'refunds_payable');
  const split = await postTransfer(tx, {
    kind: 'refund',
    idempotencyKey: `booking:${b.code}:cancel`,
    reference: b.code,
    entries: [
      { accountId: await systemAccountId(tx, 'ticket_revenue'), amount: -b.total },
      { accountId: payable, amount: b.total },
    ],
  });
  if (!split.ok) throw new Error(`trip refund split refused: ${split.code}`);
  const credited = (
    await creditWallet(tx, {
      userId: b.userId,
      amount: b.total,
      kind: 'refund',
      fromAccountId: payable,
      idempotencyKey: `booking:${b.code}:refund`,
      reference: b.code,
    })
  ).ok;
  await tx.insert(bookingRefunds).values({
    bookingId: b.id,
    ticketPrice: b.total,
    fee: 0,
    amount: b.total,
    status: credited ? 'to_kaipay' : 'to_bank',
    createdAt: at,
  });
  return credited ? 'kaipay' : 'bank';
}
