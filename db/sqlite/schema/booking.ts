import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { SEAT_CLASSES, trainCoaches, trips } from './network';

export const BOOKING_STATUSES = ['awaiting_payment', 'paid', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A passenger's booking of one trip between two of its stops, for one class. */
export const bookings = sqliteTable(
  'bookings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    /** Fare per adult at the time of booking, integer rupiah. */
    fare: integer('fare').notNull(),
    total: integer('total').notNull(),
    status: text('status', { enum: BOOKING_STATUSES }).notNull().default('awaiting_payment'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone').notNull(),
    /** Epoch ms of departure from the origin, copied here so lists sort and group without joins. */
    departsAt: integer('departs_at').notNull(),
    holdExpiresAt: integer('hold_expires_at').notNull(),
    createdAt: integer('created_at').notNull(),
    paidAt: integer('paid_at'),
    paymentMethod: text('payment_method'),
    closedAt: integer('closed_at'),
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

export const bookingPassengers = sqliteTable(
  'booking_passengers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    position: integer('position').notNull(),
    type: text('type', { enum: ['adult', 'infant'] }).notNull(),
    name: text('name').notNull(),
    idType: text('id_type', { enum: ['nik', 'passport'] }).notNull(),
    idNumber: text('id_number').notNull(),
    /** Adults have a seat; infants ride on a lap and have none. */
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

/**
 * Segment inventory: a booking from stop i to stop j holds segments i..j-1 of each of its seats.
 * The unique index makes the database itself refuse a seat sold twice on any overlapping segment,
 * while disjoint journeys share a seat.
 */
export const seatSegments = sqliteTable(
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
    // Covers the "seats taken on segments i..j-1" aggregate without touching the table.
    index('seat_segments_trip_segment_idx').on(t.tripId, t.segmentSeq, t.coachId, t.seatLabel),
    index('seat_segments_booking_idx').on(t.bookingId),
  ],
);

/**
 * The second train of a connection (a two-leg journey booked as ONE booking: one code, one hold,
 * one total, one payment, one cancellation). Leg 1 stays on the booking row itself, so every direct
 * booking and every reader of `bookings.trip_id` is unchanged; the booking's `fare` is the whole
 * journey's fare per adult (so `total = fare × adults` still holds) and this row keeps leg 2's own
 * fare. Seat segments of both legs carry the one booking id: freeing a booking frees both legs.
 */
export const bookingLegs = sqliteTable(
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
    /** This leg's fare per adult at the time of booking, integer rupiah. */
    fare: integer('fare').notNull(),
    departsAt: integer('departs_at').notNull(),
    arrivesAt: integer('arrives_at').notNull(),
  },
  (t) => [
    uniqueIndex('booking_legs_booking_leg_unique').on(t.bookingId, t.leg),
    index('booking_legs_trip_idx').on(t.tripId),
    // Leg 1 is the booking row; only a second leg lives here.
    check('booking_legs_leg_check', sql`${t.leg} = 2`),
    check('booking_legs_segment_check', sql`${t.destinationSeq} > ${t.originSeq}`),
    check('booking_legs_fare_check', sql`${t.fare} > 0`),
  ],
);

/** An adult passenger's seat on a leg after the first (the first leg's seat is on the passenger row). */
export const bookingLegSeats = sqliteTable(
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
