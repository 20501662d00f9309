// PostgreSQL twin of db/sqlite/schema/booking.ts (the reasons are documented there).
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { BOOKING_STATUSES } from '../../sqlite/schema/booking';
import { SEAT_CLASSES } from '../../sqlite/schema/network';
import { users } from './users';
import { trainCoaches, trips } from './network';

export const bookings = pgTable(
  'bookings',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tripId: integer('trip_id')
      .notNull()
      .references(() => trips.id),
    originSeq: integer('origin_seq').notNull(),
    destinationSeq: integer('destination_seq').notNull(),
    seatClass: text('seat_class', { enum: SEAT_CLASSES }).notNull(),
    subClass: text('sub_class').notNull(),
    adults: integer('adults').notNull(),
    infants: integer('infants').notNull(),
    fare: bigint('fare', { mode: 'number' }).notNull(),
    total: bigint('total', { mode: 'number' }).notNull(),
    status: text('status', { enum: BOOKING_STATUSES }).notNull().default('awaiting_payment'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone').notNull(),
    departsAt: bigint('departs_at', { mode: 'number' }).notNull(),
    holdExpiresAt: bigint('hold_expires_at', { mode: 'number' }).notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    paidAt: bigint('paid_at', { mode: 'number' }),
    paymentMethod: text('payment_method'),
    closedAt: bigint('closed_at', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('bookings_code_unique').on(t.code),
    index('bookings_user_created_idx').on(t.userId, t.createdAt),
    index('bookings_status_hold_idx').on(t.status, t.holdExpiresAt),
    check('bookings_segment_check', sql`${t.destinationSeq} > ${t.originSeq}`),
    check(
      'bookings_people_check',
      sql`${t.adults} between 1 and 4 and ${t.infants} between 0 and ${t.adults}`,
    ),
    check('bookings_total_check', sql`${t.total} = ${t.fare} * ${t.adults} and ${t.fare} > 0`),
  ],
);

export const bookingPassengers = pgTable(
  'booking_passengers',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    position: integer('position').notNull(),
    type: text('type', { enum: ['adult', 'infant'] }).notNull(),
    name: text('name').notNull(),
    idType: text('id_type', { enum: ['nik', 'passport'] }).notNull(),
    idNumber: text('id_number').notNull(),
    coachId: integer('coach_id').references(() => trainCoaches.id),
    seatLabel: text('seat_label'),
  },
  (t) => [
    uniqueIndex('booking_passengers_position_unique').on(t.bookingId, t.position),
    check(
      'booking_passengers_seat_check',
      sql`(${t.type} = 'adult') = (${t.coachId} is not null and ${t.seatLabel} is not null)`,
    ),
  ],
);

/** Segment inventory; the unique index refuses a seat sold twice on an overlapping segment. */
export const seatSegments = pgTable(
  'seat_segments',
  {
    tripId: integer('trip_id')
      .notNull()
      .references(() => trips.id),
    coachId: integer('coach_id')
      .notNull()
      .references(() => trainCoaches.id),
    seatLabel: text('seat_label').notNull(),
    segmentSeq: integer('segment_seq').notNull(),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
  },
  (t) => [
    uniqueIndex('seat_segments_unique').on(t.tripId, t.coachId, t.seatLabel, t.segmentSeq),
    index('seat_segments_trip_segment_idx').on(t.tripId, t.segmentSeq, t.coachId, t.seatLabel),
    index('seat_segments_booking_idx').on(t.bookingId),
  ],
);

export const bookingLegs = pgTable(
  'booking_legs',
  {
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    leg: integer('leg').notNull(),
    tripId: integer('trip_id')
      .notNull()
      .references(() => trips.id),
    originSeq: integer('origin_seq').notNull(),
    destinationSeq: integer('destination_seq').notNull(),
    seatClass: text('seat_class', { enum: SEAT_CLASSES }).notNull(),
    subClass: text('sub_class').notNull(),
    fare: bigint('fare', { mode: 'number' }).notNull(),
    departsAt: bigint('departs_at', { mode: 'number' }).notNull(),
    arrivesAt: bigint('arrives_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('booking_legs_booking_leg_unique').on(t.bookingId, t.leg),
    index('booking_legs_trip_idx').on(t.tripId),
    check('booking_legs_leg_check', sql`${t.leg} = 2`),
    check('booking_legs_segment_check', sql`${t.destinationSeq} > ${t.originSeq}`),
    check('booking_legs_fare_check', sql`${t.fare} > 0`),
  ],
);

export const bookingLegSeats = pgTable(
  'booking_leg_seats',
  {
    passengerId: integer('passenger_id')
      .notNull()
      .references(() => bookingPassengers.id),
    leg: integer('leg').notNull(),
    coachId: integer('coach_id')
      .notNull()
      .references(() => trainCoaches.id),
    seatLabel: text('seat_label').notNull(),
  },
  (t) => [uniqueIndex('booking_leg_seats_passenger_leg_unique').on(t.passengerId, t.leg)],
);
