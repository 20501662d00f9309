import 'server-only';
import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  bankPayments,
  bookingPassengers,
  bookingRefunds,
  bookings,
  ledgerTransfers,
  notifications,
  paymentAccounts,
  refundPayouts,
  tickets,
  trainCoaches,
  trains,
  trips,
  users,
} from '@/db/schema';
import { BOOKING_CODE_PATTERN } from '@/lib/booking/codes';
import { maskId } from './mask';
import { stopName } from './bookings';
import { contains, startsWith } from './sql';

/**
 * Everything an officer needs about one booking: who, which trip, passengers and seats (ID numbers
 * masked), the bank payments for it, every ledger transfer that names it, its refund and the
 * messages sent to its contact phone about it. Null for an unknown code.
 */
export async function adminBookingDetail(code: string) {
  if (!BOOKING_CODE_PATTERN.test(code)) return null;
  const db = getDb();
  const [b] = await db
    .select({
      id: bookings.id,
      code: bookings.code,
      status: bookings.status,
      total: bookings.total,
      fare: bookings.fare,
      adults: bookings.adults,
      infants: bookings.infants,
      seatClass: bookings.seatClass,
      subClass: bookings.subClass,
      departsAt: bookings.departsAt,
      holdExpiresAt: bookings.holdExpiresAt,
      createdAt: bookings.createdAt,
      paidAt: bookings.paidAt,
      closedAt: bookings.closedAt,
      method: bookings.paymentMethod,
      contactName: bookings.contactName,
      contactEmail: bookings.contactEmail,
      contactPhone: bookings.contactPhone,
      userId: bookings.userId,
      userName: users.fullName,
      userEmail: users.email,
      trainId: trips.trainId,
      serviceDate: trips.serviceDate,
      tripStatus: trips.status,
      train: trains.name,
      trainNumber: trains.number,
      originSeq: bookings.originSeq,
      destinationSeq: bookings.destinationSeq,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .innerJoin(trips, eq(trips.id, bookings.tripId))
    .innerJoin(trains, eq(trains.id, trips.trainId))
    .where(eq(bookings.code, code))
    .limit(1);
  if (!b) return null;
  const passengers = (
    await db
      .select({
        id: bookingPassengers.id,
        type: bookingPassengers.type,
        name: bookingPassengers.name,
        idType: bookingPassengers.idType,
        idNumber: bookingPassengers.idNumber,
        coach: trainCoaches.code,
        seat: bookingPassengers.seatLabel,
      })
      .from(bookingPassengers)
      .leftJoin(trainCoaches, eq(trainCoaches.id, bookingPassengers.coachId))
      .where(eq(bookingPassengers.bookingId, b.id))
      .orderBy(asc(bookingPassengers.position))
  ).map((p) => ({ ...p, idNumber: maskId(p.idNumber) }));
  const ticketRows = await db
    .select({ number: tickets.number, status: tickets.status, version: tickets.version })
    .from(tickets)
    .where(eq(tickets.bookingId, b.id))
    .orderBy(asc(tickets.id));
  const payments = await db
    .select({
      id: bankPayments.id,
      bank: bankPayments.bank,
      kind: paymentAccounts.kind,
      number: paymentAccounts.number,
      transactionId: bankPayments.providerTransactionId,
      amount: bankPayments.grossAmount,
      status: bankPayments.status,
      outcome: bankPayments.outcome,
      transferId: bankPayments.transferId,
      createdAt: bankPayments.createdAt,
    })
    .from(bankPayments)
    .innerJoin(paymentAccounts, eq(paymentAccounts.id, bankPayments.paymentAccountId))
    .where(eq(paymentAccounts.bookingId, b.id))
    .orderBy(asc(bankPayments.id));
  const paymentTransfers = payments.flatMap((p) => (p.transferId ? [p.transferId] : []));
  const transfers = await db
    .select({
      id: ledgerTransfers.id,
      kind: ledgerTransfers.kind,
      key: ledgerTransfers.idempotencyKey,
      reference: ledgerTransfers.reference,
      amount: ledgerTransfers.amount,
      createdAt: ledgerTransfers.createdAt,
    })
    .from(ledgerTransfers)
    .where(
      or(
        eq(ledgerTransfers.reference, b.code),
        startsWith(ledgerTransfers.idempotencyKey, `booking:${b.code}:`),
        paymentTransfers.length ? inArray(ledgerTransfers.id, paymentTransfers) : undefined,
      ),
    )
    .orderBy(asc(ledgerTransfers.id));
  const [refund = null] = await db
    .select({
      id: bookingRefunds.id,
      amount: bookingRefunds.amount,
      fee: bookingRefunds.fee,
      status: bookingRefunds.status,
      createdAt: bookingRefunds.createdAt,
      bankReference: refundPayouts.bankReference,
      paidOutAt: refundPayouts.paidOutAt,
    })
    .from(bookingRefunds)
    .leftJoin(refundPayouts, eq(refundPayouts.refundId, bookingRefunds.id))
    .where(eq(bookingRefunds.bookingId, b.id))
    .orderBy(asc(bookingRefunds.id))
    .limit(1);
  // Messages about this booking: sent to its contact phone and naming its code.
  const messages = await db
    .select({
      id: notifications.id,
      channel: notifications.channel,
      body: notifications.body,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(and(eq(notifications.phone, b.contactPhone), contains(notifications.body, b.code)))
    .orderBy(desc(notifications.id))
    .limit(50);
  return {
    ...b,
    origin: await stopName(b.trainId, b.originSeq),
    destination: await stopName(b.trainId, b.destinationSeq),
    passengers,
    tickets: ticketRows,
    payments,
    transfers,
    refund,
    messages,
  };
}

export type AdminBookingDetail = NonNullable<Awaited<ReturnType<typeof adminBookingDetail>>>;
