import crypto from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { closeDb, inTransaction, row } from '@/db';
import { fares, feePromos } from '@/db/schema';
import { seed } from '@/db/seed';
import { addDays, wibDate } from '@/lib/dates';
import { now, resetClock } from '@/lib/clock';
import { setSetting } from '@/lib/settings';
import { findTripSegment, fareOf } from '@/lib/booking/trip-segment';
import { coachId, tripOf } from '@/lib/testing/seeded-db';
import { setActivationPin, submitIdentity, verifyActivationOtp } from '@/lib/kaipay/activation';
import { ensureOpenVa } from '@/lib/payments/accounts';
import { openVaOrderId } from '@/lib/payments/order-ids';
import { identityOf, lastCode, makeUser } from '@/lib/wallet/testing/fixtures';
import { notify } from './bank';
import { copyOf, dropDb, dropTemplateDb, newTemplateDb, pointAt, type RunDb } from './databases';

/**
 * The fixed world every property run starts from: the full seed at a pinned instant (so a shrunk
 * counterexample replays the same way on any day, at any hour), three passengers without a
 * wallet, and the trips, stops and seats the steps choose from. Seeding takes seconds, so it is
 * done once per test file into a template that each run copies (databases.ts: a file copy on
 * SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL).
 */

/** 30 March 2026, 05:00 WIB: today's Argo Bromo Anggrek 2 leaves GMR at 08:20, so its 2-hour
 * cutoff (06:20) and departure fall inside a run, and two days later the WIB month turns. */
export const BASE_INSTANT = Date.parse('2026-03-30T05:00:00+07:00');
/** The top-up promo (fee Rp 0) ends six hours in, so both fee regimes are exercised. */
export const PROMO_HOURS = 6;
export const USERS = 3;
export const ACTIVE_USERS = 2;
/** What the active passengers start with (topped up in the template, during the fee promo). */
export const OPENING_BALANCE = 1_500_000;
export const PIN = '582917';
export const WRONG_PIN = '000000';
/** Argo Bromo Anggrek 2 (GMR 08:20 → SBI), today, tomorrow and the day after. */
export const TRAIN = '2';
export const TRIP_DAYS = [0, 1, 2] as const;
export const PAIRS = [
  ['GMR', 'CN'],
  ['CN', 'SMT'],
  ['GMR', 'SBI'],
  ['PK', 'SBI'],
] as const;
export const SEATS = ['1A', '1B', '1C'] as const;

export type WorldTrip = {
  id: number;
  day: number;
  /** Per pair index: departure from its origin, stop sequence numbers and the fare of the pool's coach. */
  pairs: { departsAt: number; originSeq: number; destinationSeq: number; fare: number }[];
  endsAt: number;
};
export type World = {
  users: { id: number; phone: string }[];
  adminId: number;
  coachId: number;
  subClass: string;
  trips: WorldTrip[];
  /** The opening top-ups of the active passengers (BCA open VA). */
  opening: { u: number; number: string; transactionId: string; orderId: string }[];
};

type Template = { db: RunDb; world: World };
let template: Template | undefined;

const realDateNow = Date.now;

/**
 * Stops this process's clock at an absolute instant. The clock module keeps an offset from the
 * system clock, so the system clock itself is held still: a step then sees one instant however
 * long it takes (PIN hashing takes tens of milliseconds), and a run replays exactly.
 */
export function setClock(at: number): void {
  Date.now = () => at;
  resetClock();
}

/** Gives the process its real clock back. */
export function releaseClock(): void {
  Date.now = realDateNow;
  resetClock();
}

async function buildTemplate(): Promise<Template> {
  const db = await newTemplateDb();
  await pointAt(db);
  setClock(BASE_INSTANT);
  await seed({
    today: wibDate(now()),
    hashPassword: async () => 'test-hash',
    generatePassword: () => 'unused-password',
  });
  await inTransaction(async (tx) => {
    await tx.update(feePromos).set({ endsAt: BASE_INSTANT + PROMO_HOURS * 3600_000 });
  });
  // A monthly limit a run can reach: 3 000 000 in per month with the usual 2 000 000 maximum.
  await setSetting('tier_regular_monthly_in', 3_000_000);
  const users: World['users'] = [];
  for (let i = 0; i < USERS; i++) users.push(await makeUser('0'));
  // The first ACTIVE_USERS activate here, through the same steps as the 'activate' step (which
  // the others take during a run): most steps then have money to move.
  for (const u of users.slice(0, ACTIVE_USERS)) await activateWallet(u);
  // ...and start with money, paid into their BCA open VA by a settlement notification.
  const opening: World['opening'] = [];
  for (const [u, user] of users.slice(0, ACTIVE_USERS).entries()) {
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const transactionId = crypto.randomUUID();
    const orderId = openVaOrderId(number, transactionId);
    const applied = await notify({
      bank: 'BCA',
      number,
      orderId,
      amount: OPENING_BALANCE,
      status: 'settlement',
      transactionId,
    });
    if (applied.result !== 'credited') throw new Error(`opening top-up: ${applied.result}`);
    opening.push({ u, number, transactionId, orderId });
  }
  const adminId = (await row<{ id: number }>(sql`select id from users where role = 'admin'`))!.id;
  const coach = await coachId(TRAIN, 'EKS-1');
  const subClass = (await row<{ s: string }>(
    sql`select sub_class as s from train_coaches where id = ${coach}`,
  ))!.s;
  // The day-after-tomorrow's trip is Rp 50.000 dearer (a new fare period), so Ubah Jadwal pays a
  // difference one way and refunds nothing the other.
  const train = (await row<{ id: number }>(sql`select id from trains where number = ${TRAIN}`))!.id;
  const today = wibDate(now());
  await inTransaction(async (tx) => {
    const current = await tx
      .update(fares)
      .set({ effectiveTo: addDays(today, 1) })
      .where(
        and(eq(fares.trainId, train), eq(fares.seatClass, 'eksekutif'), isNull(fares.effectiveTo)),
      )
      .returning();
    await tx.insert(fares).values(
      current.map((f) => ({
        trainId: f.trainId,
        seatClass: f.seatClass,
        subClass: f.subClass,
        originCode: f.originCode,
        destinationCode: f.destinationCode,
        price: f.price + 50_000,
        effectiveFrom: addDays(today, 2),
      })),
    );
  });
  const trips: WorldTrip[] = [];
  for (const day of TRIP_DAYS) {
    const id = await tripOf(TRAIN, day);
    const pairs: WorldTrip['pairs'] = [];
    for (const [from, to] of PAIRS) {
      const seg = (await findTripSegment(id, from, to))!;
      const fare = (await fareOf(seg.trainId, 'eksekutif', subClass, from, to, seg.serviceDate))!;
      pairs.push({
        departsAt: seg.departsAt,
        originSeq: seg.originSeq,
        destinationSeq: seg.destinationSeq,
        fare,
      });
    }
    const whole = (await findTripSegment(id, 'GMR', 'SBI'))!;
    trips.push({ id, day, pairs, endsAt: whole.arrivesAt });
  }
  await closeDb(); // a template must have no open connection while it is copied
  releaseClock();
  return { db, world: { users, adminId, coachId: coach, subClass, trips, opening } };
}

/** A fresh copy of the template database, the clock at BASE_INSTANT; returns the world and a cleanup. */
export async function freshWorld(): Promise<{ world: World; cleanup: () => Promise<void> }> {
  template ??= await buildTemplate();
  const db = await copyOf(template.db);
  await pointAt(db);
  setClock(BASE_INSTANT);
  return {
    world: template.world,
    cleanup: async () => {
      await dropDb(db);
      releaseClock();
    },
  };
}

/** Removes the template (afterAll). */
export async function dropTemplate(): Promise<void> {
  if (!template) return;
  await dropTemplateDb(template.db);
  template = undefined;
}

/** Activates a passenger's KAIPay: identity, the code from the phone's inbox, the PIN. */
export async function activateWallet(user: { id: number; phone: string }): Promise<void> {
  const steps = [
    await submitIdentity(user.id, identityOf(user.phone)),
    await verifyActivationOtp(user.id, await lastCode(user.phone)),
    await setActivationPin(user.id, PIN),
  ];
  const failed = steps.find((s) => !s.ok);
  if (failed) throw new Error(`activation refused: ${JSON.stringify(failed)}`);
}
