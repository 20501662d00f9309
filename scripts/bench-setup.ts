/**
 * Bench fixtures, run by scripts/bench.ts in its own process (with the server's DATABASE_PATH or
 * DATABASE_URL and DATA_DIR, so secrets and the database are the server's) before the server starts:
 * `node --conditions=react-server --import tsx scripts/bench-setup.ts <fixtures.json>`.
 *
 * The seeded network with every trip of the booking window about 30% sold, 1,000 passengers with
 * active, funded wallets and an open BCA VA each, Auth.js session cookies minted with the server's
 * secret (the login form has per-address limits a load test must not fight), holds to pay, and free
 * seats for new holds. Everything goes through lib, as the app writes it.
 */
import fs from 'node:fs';
import { encode } from 'next-auth/jwt';
import { sql } from 'drizzle-orm';
import { closeDb, inTransaction, rows } from '../db';
import { users as usersTable, wallets } from '../db/schema';
import { addDays, wibDate } from '../lib/dates';
import { env } from '../lib/env';
import { now } from '../lib/clock';
import { setSetting } from '../lib/settings';
import { tierLimits } from '../lib/wallet/tiers';
import { pinVerifier } from '../lib/wallet/pin-verifier';
import { creditWallet } from '../lib/wallet/payments';
import { bankClearingAccountId, openWalletAccount } from '../lib/ledger/accounts';
import { ensureOpenVa } from '../lib/payments/accounts';
import { createHold } from '../lib/booking/hold';
import { chargeBooking } from '../lib/checkout/pay-kaipay';
import { HoldSchema } from '../lib/booking/hold-schema';
import { prepareDatabase } from './prepare';
import { fillSeats } from './bench-occupancy';
import { seatsOf } from '../lib/booking/seat-layout';
import { BENCH_PIN, SESSION_COOKIE, type Fixtures, type Slot } from './bench-shared';

const PASSENGERS = Number(process.env.BENCH_PASSENGERS ?? 1000);
// Enough that the fastest payment run never pays the same hold twice (each answer is checked).
const HOLDS_TO_PAY = Number(process.env.BENCH_HOLDS_TO_PAY ?? 10_000);
const FREE_SEATS = Number(process.env.BENCH_FREE_SEATS ?? 8000);
const PAID = Number(process.env.BENCH_PAID ?? 300);

/** Seats with no segment sold on the first leg of trips from H+2 on, one adult each. */
async function freeSlots(limit: number): Promise<Slot[]> {
  const coaches = await rows<{
    trip_id: number;
    origin: string;
    destination: string;
    coach_id: number;
    seat_class: string;
    pattern: string;
    rows: number;
    seat_count: number;
  }>(sql`
    select tr.id as trip_id, o.station_code as origin, d.station_code as destination,
      c.id as coach_id, c.seat_class, l.pattern, l.rows, l.seat_count
    from trips tr
    join train_stops o on o.train_id = tr.train_id and o.seq = 0
    join train_stops d on d.train_id = tr.train_id and d.seq = 1
    join train_coaches c on c.train_id = tr.train_id
    join seat_layouts l on l.code = c.layout_code
    where tr.service_date >= ${addDays(wibDate(now()), 2)} and tr.status = 'scheduled'
    order by tr.service_date, tr.id, c.seq`);
  const slots: Slot[] = [];
  const takenOn = new Map<number, Set<string>>();
  for (const r of coaches) {
    if (slots.length >= limit) break;
    // The first leg's sold seats of each trip, read once per trip as the walk reaches it.
    if (!takenOn.has(r.trip_id)) {
      const sold = await rows<{ coach_id: number; seat_label: string }>(
        sql`select coach_id, seat_label from seat_segments
            where trip_id = ${r.trip_id} and segment_seq = 0`,
      );
      takenOn.set(r.trip_id, new Set(sold.map((s) => `${s.coach_id}:${s.seat_label}`)));
    }
    const taken = takenOn.get(r.trip_id)!;
    for (const seat of seatsOf(r.pattern, r.rows, r.seat_count)) {
      if (taken.has(`${r.coach_id}:${seat.label}`)) continue;
      slots.push({
        tripId: r.trip_id,
        origin: r.origin,
        destination: r.destination,
        seatClass: r.seat_class,
        seat: `${r.coach_id}:${seat.label}`,
      });
    }
  }
  return slots;
}

function holdInput(slot: Slot, i: number) {
  return HoldSchema.parse({
    tripId: slot.tripId,
    origin: slot.origin,
    destination: slot.destination,
    seatClass: slot.seatClass,
    adults: [
      { name: 'Penumpang Bench', idType: 'nik', idNumber: '3273015503920001', seat: slot.seat },
    ],
    infants: [],
    contactName: 'Penumpang Bench',
    contactEmail: `bench${i}@contoh.id`,
    contactPhone: '081299990000',
  });
}

async function main(out: string): Promise<void> {
  const config = env();
  await prepareDatabase();
  const seatSegmentsHeld = await fillSeats('all');
  // As an admin would for a load test: holds per account per day are not what is measured here.
  await setSetting('daily_booking_limit', 1_000_000);
  // Each passenger pays about ten holds: wallets big enough for them (an admin setting too).
  await setSetting('tier_regular_max_balance', 20_000_000);
  const limits = await tierLimits('regular');
  const t = now();
  // One transaction for all the passengers; it returns what it made (PostgreSQL may run it twice).
  const users = await inTransaction(async (tx) => {
    const made: { id: number; sv: number }[] = [];
    const clearing = await bankClearingAccountId(tx, 'BCA');
    for (let i = 0; i < PASSENGERS; i++) {
      const phone = `+62857${String(i).padStart(7, '0')}`;
      const email = `bench${i}@contoh.id`;
      const [user] = await tx
        .insert(usersTable)
        .values({
          email,
          phone,
          fullName: 'Penumpang Bench',
          nik: '3273015503920001',
          birthDate: '1992-03-15',
          passwordHash: 'bench-no-login',
          createdAt: t,
        })
        .returning({ id: usersTable.id, sv: usersTable.sessionVersion });
      const [wallet] = await tx
        .insert(wallets)
        .values({
          userId: user!.id,
          step: 'active',
          tier: 'regular',
          maxBalance: limits.maxBalance,
          monthlyInLimit: limits.monthlyInLimit,
          fullName: 'Penumpang Bench',
          nik: '3273015503920001',
          birthDate: '1992-03-15',
          phone,
          email,
          pinHash: pinVerifier(user!.id, BENCH_PIN),
          createdAt: t,
          activatedAt: t,
        })
        .returning({ id: wallets.id });
      await openWalletAccount(tx, wallet!.id);
      const credit = await creditWallet(tx, {
        userId: user!.id,
        amount: 15_000_000,
        kind: 'topup',
        fromAccountId: clearing,
        idempotencyKey: `bench-fund-${user!.id}`,
        reference: 'VA BCA',
      });
      if (!credit.ok) throw new Error(`funding failed: ${credit.code}`);
      made.push(user!);
    }
    return made;
  });
  const passengers: Fixtures['passengers'] = [];
  for (const [i, user] of users.entries()) {
    const va = await ensureOpenVa(user.id, 'BCA');
    const token = await encode({
      token: { sub: String(user.id), name: 'Penumpang Bench', sv: user.sv },
      secret: config.AUTH_SECRET,
      salt: SESSION_COOKIE,
      maxAge: 24 * 3600,
    });
    passengers.push({
      id: user.id,
      cookie: `${SESSION_COOKIE}=${token}`,
      // Each passenger behind its own address (the bench is a trusted proxy): per-address limits
      // are tested elsewhere, here they would only cap the load.
      ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      va: va.number,
      bookings: [],
    });
  }
  const slots = await freeSlots(HOLDS_TO_PAY + PAID + FREE_SEATS + 2000);
  const toPay: [number, string][] = [];
  let next = 0;
  const badRoutes = new Set<string>();
  while (toPay.length < HOLDS_TO_PAY + PAID && next < slots.length) {
    const slot = slots[next++]!;
    const route = `${slot.tripId}:${slot.seatClass}`;
    if (badRoutes.has(route)) continue;
    const p = toPay.length % passengers.length;
    const result = await createHold(passengers[p]!.id, holdInput(slot, p));
    if (!result.ok) {
      // No fare for this class on the first leg: skip the class on this trip.
      badRoutes.add(route);
      continue;
    }
    toPay.push([p, result.bookingCode]);
    passengers[p]!.bookings.push(result.bookingCode);
  }
  if (toPay.length < HOLDS_TO_PAY + PAID)
    throw new Error(`only ${toPay.length} holds could be made of ${HOLDS_TO_PAY + PAID}`);
  // The last ones are paid now: their e-ticket pages are what a passenger opens after paying.
  const paid = toPay.splice(HOLDS_TO_PAY);
  for (const [p, code] of paid) {
    const charged = await chargeBooking(passengers[p]!.id, code);
    if (!charged.ok) throw new Error(`paying ${code} failed: ${charged.code}`);
  }
  const rest = slots.slice(next).filter((s) => !badRoutes.has(`${s.tripId}:${s.seatClass}`));
  const fixtures: Fixtures = {
    serverKey: config.PAYMENT_SERVER_KEY,
    passengers,
    toPay,
    paid,
    slots: rest.slice(0, FREE_SEATS),
    seatSegmentsHeld,
  };
  fs.writeFileSync(out, JSON.stringify(fixtures));
  process.stdout.write(
    `Bench fixtures: ${seatSegmentsHeld} seat segments sold, ${passengers.length} passengers, ${toPay.length} holds to pay, ${paid.length} paid bookings, ${fixtures.slots.length} free seats.\n`,
  );
}

main(process.argv[2]!)
  .then(() => closeDb())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
