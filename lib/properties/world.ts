import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDb, getDb } from '@/db';
import { seed } from '@/db/seed';
import { addDays, wibDate } from '@/lib/dates';
import { now, resetClock } from '@/lib/clock';
import { resetEnvCache } from '@/lib/env';
import { setSetting } from '@/lib/settings';
import { findTripSegment, fareOf } from '@/lib/booking/trip-segment';
import { coachId, tripOf } from '@/lib/testing/seeded-db';
import { setActivationPin, submitIdentity, verifyActivationOtp } from '@/lib/kaipay/activation';
import { ensureOpenVa } from '@/lib/payments/accounts';
import { openVaOrderId } from '@/lib/payments/order-ids';
import { identityOf, lastCode, makeUser } from '@/lib/wallet/testing/fixtures';
import { notify } from './bank';

/**
 * The fixed world every property run starts from: the full seed at a pinned instant (so a shrunk
 * counterexample replays the same way on any day, at any hour), three passengers without a
 * wallet, and the trips, stops and seats the steps choose from. Seeding takes seconds, so it is
 * done once per test file into a template that each run copies (a few milliseconds).
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

type Template = { dir: string; file: string; world: World };
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

function pointAt(dir: string, file: string): void {
  closeDb();
  process.env.DATABASE_PATH = file;
  process.env.DATA_DIR = dir;
  // Refusals are expected by the hundred here; their warn lines would bury a failure's report.
  process.env.LOG_LEVEL = 'error';
  resetEnvCache();
  getDb();
}

async function buildTemplate(): Promise<Template> {
  // Every step commits with synchronous=FULL: on a RAM disk a run costs CPU, not fsync waits.
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, 'kai-props-'));
  const file = path.join(dir, 'template.db');
  pointAt(dir, file);
  setClock(BASE_INSTANT);
  const db = getDb();
  await seed(db, {
    today: wibDate(now()),
    hashPassword: async () => 'test-hash',
    generatePassword: () => 'unused-password',
  });
  db.$client
    .prepare('update fee_promos set ends_at = ?')
    .run(BASE_INSTANT + PROMO_HOURS * 3600_000);
  // A monthly limit a run can reach: 3 000 000 in per month with the usual 2 000 000 maximum.
  setSetting('tier_regular_monthly_in', 3_000_000);
  const users = Array.from({ length: USERS }, () => makeUser('0'));
  // The first ACTIVE_USERS activate here, through the same steps as the 'activate' step (which
  // the others take during a run): most steps then have money to move.
  for (const u of users.slice(0, ACTIVE_USERS)) await activateWallet(u);
  // ...and start with money, paid into their BCA open VA by a settlement notification.
  const opening: World['opening'] = [];
  for (const [u, user] of users.slice(0, ACTIVE_USERS).entries()) {
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const transactionId = crypto.randomUUID();
    const orderId = openVaOrderId(number, transactionId);
    const applied = notify({
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
  const adminId = (
    db.$client.prepare("select id from users where role = 'admin'").get() as { id: number }
  ).id;
  const coach = coachId(TRAIN, 'EKS-1');
  const subClass = (
    db.$client.prepare('select sub_class s from train_coaches where id = ?').get(coach) as {
      s: string;
    }
  ).s;
  // The day-after-tomorrow's trip is Rp 50.000 dearer (a new fare period), so Ubah Jadwal pays a
  // difference one way and refunds nothing the other.
  const train = (
    db.$client.prepare('select id from trains where number = ?').get(TRAIN) as { id: number }
  ).id;
  const today = wibDate(now());
  db.$client
    .prepare(
      "update fares set effective_to = ? where train_id = ? and seat_class = 'eksekutif' and effective_to is null",
    )
    .run(addDays(today, 1), train);
  db.$client
    .prepare(
      `insert into fares (train_id, seat_class, sub_class, origin_code, destination_code, price, effective_from)
       select train_id, seat_class, sub_class, origin_code, destination_code, price + 50000, ?
       from fares where train_id = ? and seat_class = 'eksekutif' and effective_to = ?`,
    )
    .run(addDays(today, 2), train, addDays(today, 1));
  const trips = TRIP_DAYS.map((day): WorldTrip => {
    const id = tripOf(TRAIN, day);
    const pairs = PAIRS.map(([from, to]) => {
      const seg = findTripSegment(id, from, to)!;
      const fare = fareOf(seg.trainId, 'eksekutif', subClass, from, to, seg.serviceDate)!;
      return {
        departsAt: seg.departsAt,
        originSeq: seg.originSeq,
        destinationSeq: seg.destinationSeq,
        fare,
      };
    });
    const whole = findTripSegment(id, 'GMR', 'SBI')!;
    return { id, day, pairs, endsAt: whole.arrivesAt };
  });
  closeDb();
  releaseClock();
  return { dir, file, world: { users, adminId, coachId: coach, subClass, trips, opening } };
}

let runs = 0;

/** A fresh copy of the template database, the clock at BASE_INSTANT; returns the world and a cleanup. */
export async function freshWorld(): Promise<{ world: World; cleanup: () => void }> {
  template ??= await buildTemplate();
  const file = path.join(template.dir, `run-${++runs}.db`);
  fs.copyFileSync(template.file, file);
  pointAt(template.dir, file);
  setClock(BASE_INSTANT);
  return {
    world: template.world,
    cleanup: () => {
      closeDb();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      releaseClock();
    },
  };
}

/** Removes the template (afterAll). */
export function dropTemplate(): void {
  if (!template) return;
  closeDb();
  fs.rmSync(template.dir, { recursive: true, force: true });
  template = undefined;
}

/** Activates a passenger's KAIPay: identity, the code from the phone's inbox, the PIN. */
export async function activateWallet(user: { id: number; phone: string }): Promise<void> {
  const steps = [
    await submitIdentity(user.id, identityOf(user.phone)),
    verifyActivationOtp(user.id, lastCode(user.phone)),
    await setActivationPin(user.id, PIN),
  ];
  const failed = steps.find((s) => !s.ok);
  if (failed) throw new Error(`activation refused: ${JSON.stringify(failed)}`);
}
