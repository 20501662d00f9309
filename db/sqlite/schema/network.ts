import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const SEAT_CLASSES = ['eksekutif', 'bisnis', 'ekonomi', 'luxury', 'panoramic'] as const;
export type SeatClass = (typeof SEAT_CLASSES)[number];

export const stations = sqliteTable('stations', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  city: text('city').notNull(),
});

export const trains = sqliteTable(
  'trains',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull(),
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('trains_number_unique').on(t.number)],
);

/**
 * A stop on a train's route. Minutes count from 00:00 WIB of the service date and pass 1440 on later
 * days, so durations are plain subtraction; `dayOffset` (the day of arrival, or of departure at the
 * first stop) is kept for display and for queries by day.
 */
export const trainStops = sqliteTable(
  'train_stops',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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

/** A coach layout: how many seats, in which pattern ("2-2", "2-3", "1-1"), over how many rows. */
export const seatLayouts = sqliteTable('seat_layouts', {
  code: text('code').primaryKey(),
  seatClass: text('seat_class', { enum: SEAT_CLASSES }).notNull(),
  pattern: text('pattern').notNull(),
  rows: integer('rows').notNull(),
  seatCount: integer('seat_count').notNull(),
});

export const trainCoaches = sqliteTable(
  'train_coaches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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

/** Price in integer rupiah for one class/sub-class between two stations of one train. */
export const fares = sqliteTable(
  'fares',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    price: integer('price').notNull(),
    /**
     * Service dates ('YYYY-MM-DD', WIB) the price applies to, both inclusive; no end = until a later
     * fare replaces it. Periods of one train/class/pair never overlap (a trigger refuses it), so a
     * trip's service date picks exactly one price.
     */
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

/** A train running on a service date (WIB, 'YYYY-MM-DD': the date it leaves its first station). */
export const trips = sqliteTable(
  'trips',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
