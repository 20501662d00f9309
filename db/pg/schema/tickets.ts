// PostgreSQL twin of db/sqlite/schema/tickets.ts (the reasons are documented there).
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { REFUND_STATUSES, REVOCATION_REASONS } from '../../sqlite/schema/tickets';
import { bookingPassengers, bookings } from './booking';
import { trainCoaches, trips } from './network';

export const tickets = pgTable(
  'tickets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    passengerId: integer('passenger_id')
      .notNull()
      .references(() => bookingPassengers.id),
    version: integer('version').notNull(),
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
    issuedAt: bigint('issued_at', { mode: 'number' }).notNull(),
    boardingPassAt: bigint('boarding_pass_at', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('tickets_number_unique').on(t.number),
    uniqueIndex('tickets_passenger_version_leg_unique').on(t.passengerId, t.version, t.leg),
    index('tickets_booking_idx').on(t.bookingId, t.status),
  ],
);

export const bookingRefunds = pgTable(
  'booking_refunds',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    ticketPrice: bigint('ticket_price', { mode: 'number' }).notNull(),
    fee: bigint('fee', { mode: 'number' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    status: text('status', { enum: REFUND_STATUSES }).notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('booking_refunds_booking_unique').on(t.bookingId),
    check(
      'booking_refunds_amount_check',
      sql`${t.fee} >= 0 and ${t.amount} >= 0 and ${t.amount} + ${t.fee} = ${t.ticketPrice}`,
    ),
  ],
);

export const bookingReschedules = pgTable(
  'booking_reschedules',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    oldTripId: integer('old_trip_id')
      .notNull()
      .references(() => trips.id),
    oldOriginSeq: integer('old_origin_seq').notNull(),
    oldDestinationSeq: integer('old_destination_seq').notNull(),
    oldSubClass: text('old_sub_class').notNull(),
    oldFare: bigint('old_fare', { mode: 'number' }).notNull(),
    oldDepartsAt: bigint('old_departs_at', { mode: 'number' }).notNull(),
    oldSeats: text('old_seats').notNull(),
    newTripId: integer('new_trip_id')
      .notNull()
      .references(() => trips.id),
    newFare: bigint('new_fare', { mode: 'number' }).notNull(),
    fee: bigint('fee', { mode: 'number' }).notNull(),
    difference: bigint('difference', { mode: 'number' }).notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('booking_reschedules_booking_unique').on(t.bookingId)],
);

/**
 * Append-only (the guards migration). Ids come from an identity sequence when a row is inserted, and
 * concurrent transactions may commit them out of order: unlike SQLite's single writer, id order is
 * not commit order, which a gate's "since N" sync has to allow for.
 */
export const ticketRevocations = pgTable(
  'ticket_revocations',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    ticketNumber: text('ticket_number').notNull(),
    reason: text('reason', { enum: REVOCATION_REASONS }).notNull(),
    revokedAt: bigint('revoked_at', { mode: 'number' }).notNull(),
    validUntil: bigint('valid_until', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('ticket_revocations_ticket_unique').on(t.ticketId),
    index('ticket_revocations_valid_idx').on(t.validUntil),
  ],
);
