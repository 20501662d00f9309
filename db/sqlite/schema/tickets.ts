import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { bookingPassengers, bookings } from './booking';
import { trainCoaches, trips } from './network';

/**
 * One e-ticket per passenger (infants too, on a lap) per leg per version of a booking: a reschedule voids
 * the tickets of the old trip and issues version + 1. The boarding pass time is set when the
 * passenger first opens the e-boarding pass (from 2 h before departure); after that no cancellation.
 */
export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    passengerId: integer('passenger_id')
      .notNull()
      .references(() => bookingPassengers.id),
    version: integer('version').notNull(),
    /** Which train of the booking this ticket is for: 1, or 2 on a connection's second train. */
    leg: integer('leg').notNull().default(1),
    number: text('number').notNull(),
    tripId: integer('trip_id')
      .notNull()
      .references(() => trips.id),
    coachId: integer('coach_id').references(() => trainCoaches.id),
    seatLabel: text('seat_label'),
    status: text('status', { enum: ['active', 'void'] })
      .notNull()
      .default('active'),
    issuedAt: integer('issued_at').notNull(),
    boardingPassAt: integer('boarding_pass_at'),
  },
  (t) => [
    uniqueIndex('tickets_number_unique').on(t.number),
    uniqueIndex('tickets_passenger_version_leg_unique').on(t.passengerId, t.version, t.leg),
    index('tickets_booking_idx').on(t.bookingId, t.status),
  ],
);

export const REFUND_STATUSES = ['to_kaipay', 'to_bank'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/**
 * The refund of a cancelled booking (one per booking): sent to KAIPay at once, or waiting in
 * refunds_payable to be returned to the bank account that paid (VA bookings without an active wallet).
 */
export const bookingRefunds = sqliteTable(
  'booking_refunds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    ticketPrice: integer('ticket_price').notNull(),
    fee: integer('fee').notNull(),
    amount: integer('amount').notNull(),
    status: text('status', { enum: REFUND_STATUSES }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('booking_refunds_booking_unique').on(t.bookingId),
    check(
      'booking_refunds_amount_check',
      sql`${t.fee} >= 0 and ${t.amount} >= 0 and ${t.amount} + ${t.fee} = ${t.ticketPrice}`,
    ),
  ],
);

/** Audit of a reschedule (Ubah Jadwal): the old trip and seats, the new trip, what was paid. */
export const bookingReschedules = sqliteTable(
  'booking_reschedules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    oldTripId: integer('old_trip_id')
      .notNull()
      .references(() => trips.id),
    oldOriginSeq: integer('old_origin_seq').notNull(),
    oldDestinationSeq: integer('old_destination_seq').notNull(),
    oldSubClass: text('old_sub_class').notNull(),
    oldFare: integer('old_fare').notNull(),
    oldDepartsAt: integer('old_departs_at').notNull(),
    /** JSON list of "coach code/seat" the passengers held on the old trip. */
    oldSeats: text('old_seats').notNull(),
    newTripId: integer('new_trip_id')
      .notNull()
      .references(() => trips.id),
    newFare: integer('new_fare').notNull(),
    fee: integer('fee').notNull(),
    difference: integer('difference').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    // One reschedule per booking (KAI allows the schedule to be changed once).
    uniqueIndex('booking_reschedules_booking_unique').on(t.bookingId),
  ],
);

export const REVOCATION_REASONS = ['trip_cancelled', 'fraud', 'manual'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/**
 * Tickets revoked after boarding opened (when a signed boarding QR may already be on a phone): an
 * admin's trip cancellation, fraud, a manual revocation. Gate devices sync this list, signed, to
 * refuse such QRs offline. The id is the list's version: AUTOINCREMENT never reuses or lowers it and
 * SQLite has one writer, so a gate asking "since N" never misses a row. Append-only (trigger).
 */
export const ticketRevocations = sqliteTable(
  'ticket_revocations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    ticketNumber: text('ticket_number').notNull(),
    reason: text('reason', { enum: REVOCATION_REASONS }).notNull(),
    revokedAt: integer('revoked_at').notNull(),
    /** When the ticket's own validity window ends: after that no gate accepts it anyway. */
    validUntil: integer('valid_until').notNull(),
  },
  (t) => [
    uniqueIndex('ticket_revocations_ticket_unique').on(t.ticketId),
    index('ticket_revocations_valid_idx').on(t.validUntil),
  ],
);
