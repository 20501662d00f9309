import { and, eq, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../schema';
import { STATIONS } from './stations';
import { LAYOUTS, FARE_RULES } from './layouts';
import { SERVICES } from './routes';
import { buildStops, fareFor } from './timetable';
import { DEMO_ACCOUNTS, type DemoAccount } from './accounts';

type SeedDb = BetterSQLite3Database<typeof schema>;

/** How many days ahead trips exist: today plus H+45 (KAI's booking window). */
export const BOOKING_WINDOW_DAYS = 45;

export type SeedOptions = {
  /** WIB service date of "today". */
  today: string;
  hashPassword: (password: string) => Promise<string>;
  /** Admin password to use when the admin is created; when absent, one is generated. */
  adminPassword?: string;
  generatePassword: () => string;
};

export type SeedReport = {
  adminCreated: boolean;
  adminPassword?: string;
  petugasCreated: boolean;
  /** The gate staff's generated password, only when the account was created now. */
  petugasPassword?: string;
  demoCreated: boolean;
  tripsAdded: number;
};

/**
 * Loads the network (stations, layouts, trains, stops, coaches, fares), the demo accounts and trips
 * for today..H+45. Every insert ignores rows that already exist, so a second run changes nothing and
 * a run on a later day only adds the new days' trips.
 */
export async function seed(db: SeedDb, options: SeedOptions): Promise<SeedReport> {
  seedNetwork(db);
  seedPromo(db, options.today);
  const tripsAdded = seedTrips(db, options.today);
  const demo = DEMO_ACCOUNTS.find((a) => a.role === 'passenger')!;
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
  const demoCreated = await ensureUser(db, demo, demo.password!, options);
  const adminPassword = options.adminPassword ?? options.generatePassword();
  const adminCreated = await ensureUser(db, admin, adminPassword, options);
  const petugas = DEMO_ACCOUNTS.find((a) => a.role === 'petugas')!;
  const petugasPassword = options.generatePassword();
  const petugasCreated = await ensureUser(db, petugas, petugasPassword, options);
  return {
    demoCreated,
    adminCreated,
    adminPassword: adminCreated ? adminPassword : undefined,
    petugasCreated,
    petugasPassword: petugasCreated ? petugasPassword : undefined,
    tripsAdded,
  };
}

function seedNetwork(db: SeedDb): void {
  db.transaction(
    (tx) => {
      tx.insert(schema.stations)
        .values([...STATIONS])
        .onConflictDoNothing()
        .run();
      tx.insert(schema.seatLayouts).values(LAYOUTS).onConflictDoNothing().run();
      for (const service of SERVICES) {
        const runs = [
          ...service.outbound.map(([n, t]) => ({ number: n, departure: t, reversed: false })),
          ...service.inbound.map(([n, t]) => ({ number: n, departure: t, reversed: true })),
        ];
        for (const run of runs) {
          tx.insert(schema.trains)
            .values({ number: String(run.number), name: service.name })
            .onConflictDoNothing()
            .run();
          const train = tx
            .select({ id: schema.trains.id })
            .from(schema.trains)
            .where(eq(schema.trains.number, String(run.number)))
            .get()!;
          const stops = buildStops(service, run.reversed, run.departure);
          tx.insert(schema.trainStops)
            .values(stops.map((s) => ({ ...s, trainId: train.id })))
            .onConflictDoNothing()
            .run();
          let seq = 0;
          for (const group of service.coaches) {
            for (let i = 1; i <= group.count; i++) {
              tx.insert(schema.trainCoaches)
                .values({
                  trainId: train.id,
                  seq: ++seq,
                  code: `${group.prefix}-${i}`,
                  seatClass: group.seatClass,
                  subClass: FARE_RULES[group.seatClass].subClass,
                  layoutCode: group.layout,
                })
                .onConflictDoNothing()
                .run();
            }
          }
          const classes = [...new Set(service.coaches.map((c) => c.seatClass))];
          const fareRows = stops.flatMap((from, i) =>
            stops.slice(i + 1).flatMap((to) =>
              classes.map((seatClass) => ({
                trainId: train.id,
                seatClass,
                subClass: FARE_RULES[seatClass].subClass,
                originCode: from.stationCode,
                destinationCode: to.stationCode,
                price: fareFor(service, seatClass, from.stationCode, to.stationCode),
              })),
            ),
          );
          tx.insert(schema.fares).values(fareRows).onConflictDoNothing().run();
        }
      }
    },
    { behavior: 'immediate' },
  );
}

/** The launch promo of the article: no admin fee on top-ups, for a year from the first seed. */
function seedPromo(db: SeedDb, today: string): void {
  if (db.select({ id: schema.feePromos.id }).from(schema.feePromos).get()) return;
  const start = Date.parse(`${today}T00:00:00+07:00`);
  db.insert(schema.feePromos)
    .values({
      name: 'Gratis biaya admin isi saldo KAIPay',
      startsAt: start,
      endsAt: start + 365 * 86_400_000,
      fee: 0,
      createdAt: Date.now(),
    })
    .run();
}

function seedTrips(db: SeedDb, today: string): number {
  // One statement: every active train on every date of the window that has no trip yet.
  const result = db.run(sql`
    with recursive days(d) as (
      select date(${today}) union all select date(d, '+1 day') from days where d < date(${today}, '+${sql.raw(String(BOOKING_WINDOW_DAYS))} days')
    )
    insert or ignore into trips (train_id, service_date, status)
    select t.id, days.d, 'scheduled' from trains t cross join days where t.active = 1`);
  return result.changes;
}

async function ensureUser(
  db: SeedDb,
  account: DemoAccount,
  password: string,
  options: SeedOptions,
): Promise<boolean> {
  const existing = db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(eq(schema.users.email, account.email)))
    .get();
  if (existing) return false;
  const passwordHash = await options.hashPassword(password);
  const result = db
    .insert(schema.users)
    .values({
      email: account.email,
      phone: account.phone,
      fullName: account.fullName,
      nik: account.nik,
      birthDate: account.birthDate,
      role: account.role === 'admin' ? 'admin' : 'passenger',
      staffRole: account.role === 'petugas' ? 'petugas' : null,
      passwordHash,
      createdAt: Date.now(),
    })
    .onConflictDoNothing()
    .run();
  return result.changes === 1;
}
