import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import {
  bookingPassengers,
  bookingRefunds,
  bookings,
  bookingReschedules,
  tickets,
  trainCoaches,
} from '@/db/schema';
import { getOwnBooking } from './queries';
import { boardingOpensAt } from '@/lib/tickets/window';
import { now } from '@/lib/clock';

export type TicketView = {
  number: string;
  /** 1, or 2 for a connection's second train (see `legs` of ownTickets). */
  leg: number;
  name: string;
  type: 'adult' | 'infant';
  coach: string | null;
  seatLabel: string | null;
  boardingPassAt: number | null;
};

/**
 * A paid booking's active e-tickets, for its owner only (else null). No boarding credential: the
 * signed QR exists only from when boarding opens (lib/tickets/boarding.ts); before that the e-ticket
 * is a booking reference a gate cannot accept.
 */
export async function ownTickets(userId: number, code: string) {
  const booking = await getOwnBooking(userId, code);
  if (!booking || booking.status !== 'paid') return null;
  const rows = await getDb()
    .select({
      number: tickets.number,
      leg: tickets.leg,
      name: bookingPassengers.name,
      type: bookingPassengers.type,
      coach: trainCoaches.code,
      seatLabel: tickets.seatLabel,
      boardingPassAt: tickets.boardingPassAt,
    })
    .from(tickets)
    .innerJoin(bookingPassengers, eq(bookingPassengers.id, tickets.passengerId))
    .innerJoin(bookings, eq(bookings.id, tickets.bookingId))
    .leftJoin(trainCoaches, eq(trainCoaches.id, tickets.coachId))
    .where(and(eq(bookings.code, code), eq(bookings.userId, userId), eq(tickets.status, 'active')))
    .orderBy(asc(tickets.leg), asc(bookingPassengers.position));
  const list: TicketView[] = rows;
  return {
    booking,
    tickets: list,
    boardingOpensAt: boardingOpensAt(booking.departsAt),
    now: now(),
  };
}

/**
 * Opens the e-boarding pass: from 2 h before departure (when cancel and Ubah Jadwal have ended), for
 * a paid booking of the caller. Records the first opening.
 */
export async function openBoardingPass(
  userId: number,
  code: string,
): Promise<{ ok: true } | { ok: false; code: 'not_found' | 'not_open_yet'; opensAt?: number }> {
  return inTransaction(async (tx) => {
    const [b] = await tx
      .select({ id: bookings.id, departsAt: bookings.departsAt, status: bookings.status })
      .from(bookings)
      .where(and(eq(bookings.code, code), eq(bookings.userId, userId)))
      .limit(1);
    if (!b || b.status !== 'paid') return { ok: false as const, code: 'not_found' as const };
    const opensAt = boardingOpensAt(b.departsAt);
    const at = now();
    if (at < opensAt) return { ok: false as const, code: 'not_open_yet' as const, opensAt };
    await tx
      .update(tickets)
      .set({ boardingPassAt: at })
      .where(
        and(
          eq(tickets.bookingId, b.id),
          eq(tickets.status, 'active'),
          isNull(tickets.boardingPassAt),
        ),
      );
    return { ok: true as const };
  });
}

/** After-sale facts for the booking page: the refund of a cancelled booking and the reschedule audit. */
export async function afterSale(userId: number, bookingCode: string) {
  const db = getDb();
  const [b] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.code, bookingCode), eq(bookings.userId, userId)))
    .limit(1);
  if (!b) return { refund: null, reschedule: null };
  const [refund] = await db
    .select({
      fee: bookingRefunds.fee,
      amount: bookingRefunds.amount,
      status: bookingRefunds.status,
      createdAt: bookingRefunds.createdAt,
    })
    .from(bookingRefunds)
    .where(eq(bookingRefunds.bookingId, b.id))
    .limit(1);
  const [reschedule] = await db
    .select({
      oldDepartsAt: bookingReschedules.oldDepartsAt,
      oldSeats: bookingReschedules.oldSeats,
      fee: bookingReschedules.fee,
      difference: bookingReschedules.difference,
    })
    .from(bookingReschedules)
    .where(eq(bookingReschedules.bookingId, b.id))
    .limit(1);
  return { refund: refund ?? null, reschedule: reschedule ?? null };
}
