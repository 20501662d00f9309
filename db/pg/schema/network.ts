// PostgreSQL twin of db/sqlite/schema/network.ts (the reasons are documented there).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { SEAT_CLASSES } from '../../sqlite/schema/network';

export const stations = pgTable('stations', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  city: text('city').notNull(),
});

export const trains = pgTable(
  'trains',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    number: text('number').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('trains_number_unique').on(t.number)],
);

export const trainStops = pgTable(
  'train_stops',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    trainId: integer('train_id')
      .notNull()
      .references(() => trains.id),
    seq: integer('seq').notNull(),
    stationCode: text('station_code')
      .notNull()
      .references(() => stations.code),
    dayOffset: integer('day_offset').notNull().default(0),
    arriveMinute: integer('arrive_minute'),
    departMinute: integer('depart_minute'),
  },
  (t) => [
    uniqueIndex('train_stops_train_seq_unique').on(t.trainId, t.seq),
    index('train_stops_station_idx').on(t.stationCode, t.trainId),
    check(
      'train_stops_minutes_check',
      sql`coalesce(${t.arriveMinute}, 0) >= 0 and coalesce(${t.departMinute}, ${t.arriveMinute}) >= coalesce(${t.arriveMinute}, 0)`,
    ),
  ],
);

export const seatLayouts = pgTable('seat_layouts', {
  code: text('code').primaryKey(),
  seatClass: text('seat_class', { enum: SEAT_CLASSES }).notNull(),
  pattern: text('pattern').notNull(),
  rows: integer('rows').notNull(),
  seatCount: integer('seat_count').notNull(),
});

export const trainCoaches = pgTable(
  'train_coaches',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    trainId: integer('train_id')
      .notNull()
      .references(() => trains.id),
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    seatClass: text('seat_class', { enum: SEAT_CLASSES }).notNull(),
    subClass: text('sub_class').notNull(),
    layoutCode: text('layout_code')
      .notNull()
      .references(() => seatLayouts.code),
  },
  (t) => [
    uniqueIndex('train_coaches_train_seq_unique').on(t.trainId, t.seq),
    uniqueIndex('train_coaches_train_code_unique').on(t.trainId, t.code),
  ],
);

/** Periods never overlap: the guards migration ports SQLite's fares_no_overlap_* triggers. */
export const fares = pgTable(
  'fares',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    trainId: integer('train_id')
      .notNull()
      .references(() => trains.id),
    seatClass: text('seat_class', { enum: SEAT_CLASSES }).notNull(),
    subClass: text('sub_class').notNull(),
    originCode: text('origin_code')
      .notNull()
      .references(() => stations.code),
    destinationCode: text('destination_code')
      .notNull()
      .references(() => stations.code),
    price: bigint('price', { mode: 'number' }).notNull(),
    effectiveFrom: text('effective_from').notNull().default('2000-01-01'),
    effectiveTo: text('effective_to'),
  },
  (t) => [
    uniqueIndex('fares_unique').on(
      t.trainId,
      t.seatClass,
      t.subClass,
      t.originCode,
      t.destinationCode,
      t.effectiveFrom,
    ),
    check('fares_price_check', sql`${t.price} > 0`),
    check(
      'fares_effective_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
  ],
);

export const trips = pgTable(
  'trips',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    trainId: integer('train_id')
      .notNull()
      .references(() => trains.id),
    serviceDate: text('service_date').notNull(),
    status: text('status', { enum: ['scheduled', 'cancelled'] })
      .notNull()
      .default('scheduled'),
  },
  (t) => [
    uniqueIndex('trips_train_date_unique').on(t.trainId, t.serviceDate),
    index('trips_date_idx').on(t.serviceDate),
  ],
);
