import { eq, inArray } from 'drizzle-orm';
import { getDb, inTransaction, type Tx } from '../index';
import * as schema from '../schema';
import { STATIONS } from './stations';
import { LAYOUTS, FARE_RULES } from './layouts';
import { SERVICES } from './routes';
import { buildStops, fareFor } from './timetable';
import { DEMO_ACCOUNTS, type DemoAccount } from './accounts';

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
 * for today..H+45 into the configured database (either engine). Every insert ignores rows that
 * already exist, so a second run changes nothing and a run on a later day only adds the new days'
 * trips. Rows go in as multi-row inserts inside a few transactions, so a first run stays quick.
 */
export async function seed(options: SeedOptions): Promise<SeedReport> {
  await inTransaction(async (tx) => {
    await seedNetwork(tx);
    await seedPromo(tx, options.today);
  });
  const tripsAdded = await inTransaction((tx) => seedTrips(tx, options.today));
  const demo = DEMO_ACCOUNTS.find((a) => a.role === 'passenger')!;
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
  const demoCreated = await ensureUser(demo, demo.password!, options);
  const adminPassword = options.adminPassword ?? options.generatePassword();
  const adminCreated = await ensureUser(admin, adminPassword, options);
  const petugas = DEMO_ACCOUNTS.find((a) => a.role === 'petugas')!;
  const petugasPassword = options.generatePassword();
  const petugasCreated = await ensureUser(petugas, petugasPassword, options);
  return {
    demoCreated,
    adminCreated,
    adminPassword: adminCreated ? adminPassword : undefined,
    petugasCreated,
    petugasPassword: petugasCreated ? petugasPassword : undefined,
    tripsAdded,
  };
}

/** Rows per insert statement: well under either engine's limit on bound parameters. */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

type Run = {
  number: string;
  service: (typeof SERVICES)[number];
  reversed: boolean;
  departure: string;
};

async function seedNetwork(tx: Tx): Promise<void> {
  await tx
    .insert(schema.stations)
    .values([...STATIONS])
    .onConflictDoNothing();
  await tx.insert(schema.seatLayouts).values(LAYOUTS).onConflictDoNothing();
  const runs: Run[] = SERVICES.flatMap((service) => [
    ...service.outbound.map(([n, t]) => ({
      number: String(n),
      service,
      reversed: false,
      departure: t,
    })),
    ...service.inbound.map(([n, t]) => ({
      number: String(n),
      service,
      reversed: true,
      departure: t,
    })),
  ]);
  await tx
    .insert(schema.trains)
    .values(runs.map((run) => ({ number: run.number, name: run.service.name })))
    .onConflictDoNothing();
  const ids = new Map(
    (
      await tx
        .select({ id: schema.trains.id, number: schema.trains.number })
        .from(schema.trains)
        .where(
          inArray(
            schema.trains.number,
            runs.map((r) => r.number),
          ),
        )
    ).map((t) => [t.number, t.id]),
  );
  const stops: (typeof schema.trainStops.$inferInsert)[] = [];
  const coaches: (typeof schema.trainCoaches.$inferInsert)[] = [];
  const fares: (typeof schema.fares.$inferInsert)[] = [];
  for (const run of runs) {
    const trainId = ids.get(run.number)!;
    const { service } = run;
    const runStops = buildStops(service, run.reversed, run.departure);
    stops.push(...runStops.map((s) => ({ ...s, trainId })));
    let seq = 0;
    for (const group of service.coaches) {
      for (let i = 1; i <= group.count; i++) {
        coaches.push({
          trainId,
          seq: ++seq,
          code: `${group.prefix}-${i}`,
          seatClass: group.seatClass,
          subClass: FARE_RULES[group.seatClass].subClass,
          layoutCode: group.layout,
        });
      }
    }
    const classes = [...new Set(service.coaches.map((c) => c.seatClass))];
    for (const [i, from] of runStops.entries())
      for (const to of runStops.slice(i + 1))
        for (const seatClass of classes)
          fares.push({
            trainId,
            seatClass,
            subClass: FARE_RULES[seatClass].subClass,
            originCode: from.stationCode,
            destinationCode: to.stationCode,
            price: fareFor(service, seatClass, from.stationCode, to.stationCode),
          });
  }
  for (const part of chunks(stops))
    await tx.insert(schema.trainStops).values(part).onConflictDoNothing();
  for (const part of chunks(coaches))
    await tx.insert(schema.trainCoaches).values(part).onConflictDoNothing();
  for (const part of chunks(fares))
    await tx.insert(schema.fares).values(part).onConflictDoNothing();
}

/** The launch promo of the article: no admin fee on top-ups, for a year from the first seed. */
async function seedPromo(tx: Tx, today: string): Promise<void> {
  const [promo] = await tx.select({ id: schema.feePromos.id }).from(schema.feePromos).limit(1);
  if (promo) return;
  const start = Date.parse(`${today}T00:00:00+07:00`);
  await tx.insert(schema.feePromos).values({
    name: 'Gratis biaya admin isi saldo KAIPay',
    startsAt: start,
    endsAt: start + 365 * 86_400_000,
    fee: 0,
    createdAt: Date.now(),
  });
}

/** The service dates today..today+BOOKING_WINDOW_DAYS, as 'YYYY-MM-DD'. */
function windowDates(today: string): string[] {
  const first = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: BOOKING_WINDOW_DAYS + 1 }, (_, i) =>
    new Date(first + i * 86_400_000).toISOString().slice(0, 10),
  );
}

/** Every active train on every date of the window that has no trip yet; says how many were added. */
async function seedTrips(tx: Tx, today: string): Promise<number> {
  const trains = await tx
    .select({ id: schema.trains.id })
    .from(schema.trains)
    .where(eq(schema.trains.active, true))
    .orderBy(schema.trains.id);
  const wanted = windowDates(today).flatMap((serviceDate) =>
    trains.map((t) => ({ trainId: t.id, serviceDate, status: 'scheduled' as const })),
  );
  let added = 0;
  for (const part of chunks(wanted)) {
    const inserted = await tx
      .insert(schema.trips)
      .values(part)
      .onConflictDoNothing()
      .returning({ id: schema.trips.id });
    added += inserted.length;
  }
  return added;
}

/** Creates a demo account unless its email exists; the password is hashed before the transaction. */
async function ensureUser(
  account: DemoAccount,
  password: string,
  options: SeedOptions,
): Promise<boolean> {
  const [existing] = await getDb()
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, account.email))
    .limit(1);
  if (existing) return false;
  const passwordHash = await options.hashPassword(password);
  const created = await inTransaction((tx) =>
    tx
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
      .returning({ id: schema.users.id }),
  );
  return created.length === 1;
}
