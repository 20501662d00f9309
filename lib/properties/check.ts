import { expect } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { row, rows } from '@/db';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { holdsSeats, MAX_BALANCE, MONTHLY_IN, segmentKeys, type Model } from './model';

/**
 * Statuses seen so far, per table and row, to prove they only move forward. Each entry lists the
 * statuses a row may move to from a status (a status may always stay where it is).
 */
const FORWARD: Record<string, Record<string, string[]>> = {
  bookings: { awaiting_payment: ['paid', 'expired'], paid: ['cancelled'] },
  bank_payments: { pending: ['settlement', 'expire', 'cancel', 'returned'] },
  wallets: { otp: ['pin', 'active'], pin: ['active'] },
  trips: { scheduled: ['cancelled'] },
  tickets: { active: ['void'] },
};
const STATUS_COLUMN: Record<string, string> = { wallets: 'step' };

export type Seen = Map<string, string>;

type Row = Record<string, number | string | null>;

/** Every invariant of DESIGN.md that a step could break, and the model against the database. */
export async function checkAll(m: Model, seen: Seen): Promise<void> {
  const all = (query: SQL) => rows<Row>(query);
  const count = async (query: SQL) => (await row<{ n: number }>(query))!.n;

  expect(await checkLedgerInvariants()).toEqual([]);
  // Each transfer's entries sum to zero; each wallet's balance is the sum of its entries.
  expect(
    await all(sql`select transfer_id from ledger_entries group by transfer_id
      having sum(amount) <> 0`),
  ).toEqual([]);
  expect(
    await all(sql`select w.id from wallets w join ledger_accounts a on a.wallet_id = w.id
      left join ledger_entries e on e.account_id = a.id group by w.id
      having coalesce(sum(e.amount), 0) <> w.balance`),
  ).toEqual([]);
  // Within the Regular tier's limits, as the settings had them when the wallet was made.
  for (const w of await all(
    sql`select max_balance, monthly_in_limit, balance, month_in from wallets`,
  )) {
    expect(w).toMatchObject({ max_balance: MAX_BALANCE, monthly_in_limit: MONTHLY_IN });
    expect(Number(w.balance)).toBeGreaterThanOrEqual(0);
    expect(Number(w.balance)).toBeLessThanOrEqual(MAX_BALANCE);
    expect(Number(w.month_in)).toBeLessThanOrEqual(MONTHLY_IN);
  }

  // No seat segment held twice, and only by a booking that may hold it.
  expect(
    await all(sql`select trip_id, coach_id, seat_label, segment_seq from seat_segments
      group by trip_id, coach_id, seat_label, segment_seq having count(*) > 1`),
  ).toEqual([]);
  expect(
    await all(sql`select s.booking_id from seat_segments s join bookings b on b.id = s.booking_id
      where b.status not in ('awaiting_payment', 'paid')`),
  ).toEqual([]);

  forward(seen, 'bookings', await all(sql`select id, status from bookings`));
  forward(seen, 'bank_payments', await all(sql`select id, status from bank_payments`));
  forward(seen, 'wallets', await all(sql`select id, step as status from wallets`));
  forward(
    seen,
    'trips',
    await all(sql`select id, status from trips where id in (select trip_id from bookings)`),
  );
  forward(seen, 'tickets', await all(sql`select id, status from tickets`));

  // The model: balances, months, booking statuses, seats, payments.
  for (const u of m.users) {
    const w = await row<Row>(
      sql`select balance, month_key, month_in from wallets where user_id = ${u.id}`,
    );
    if (!u.active) {
      expect(w?.balance ?? 0).toBe(0);
      continue;
    }
    expect(w).toEqual({ balance: u.balance, month_key: u.monthKey, month_in: u.monthIn });
  }
  for (const b of m.bookings) {
    const stored = await row<Row>(
      sql`select status, total, trip_id, departs_at, payment_method from bookings where id = ${b.id}`,
    );
    expect({ code: b.code, ...stored }).toEqual({
      code: b.code,
      status: b.status,
      total: b.total,
      trip_id: m.world.trips[b.trip]!.id,
      departs_at: b.departsAt,
      payment_method: b.method,
    });
    // Overdue holds not swept yet keep their segments until the next hold, payment or sweep.
    const held = holdsSeats(m, b) || b.status === 'awaiting_payment';
    const segments = (
      await all(sql`select coach_id, seat_label, segment_seq from seat_segments
        where booking_id = ${b.id}`)
    )
      .map((r) => `${r.coach_id}:${r.seat_label}:${r.segment_seq}`)
      .sort();
    expect({ code: b.code, segments }).toEqual({
      code: b.code,
      segments: held ? segmentKeys(b).sort() : [],
    });
    const active = await all(
      sql`select trip_id, coach_id, seat_label from tickets
        where booking_id = ${b.id} and status = 'active'`,
    );
    expect({ code: b.code, tickets: active.length }).toEqual({
      code: b.code,
      tickets: b.status === 'paid' ? b.seats.length : 0,
    });
    if (b.status === 'paid') await paidOnce(b.code, b.id, b.method);
  }
  const expected = m.bookings
    .filter((b) => holdsSeats(m, b) || b.status === 'awaiting_payment')
    .reduce((n, b) => n + segmentKeys(b).length, 0);
  expect(await count(sql`select count(*) as n from seat_segments`)).toBe(expected);
  for (const [id, p] of m.payments) {
    const stored = await row<Row>(
      sql`select status from bank_payments where provider_transaction_id = ${id}`,
    );
    expect({ id, status: stored?.status }).toEqual({ id, status: p.status });
  }
  expect(await count(sql`select count(*) as n from bank_payments`)).toBe(m.payments.size);
}

/** A paid booking was paid exactly once: one KAIPay debit or one bank payment, never both. */
async function paidOnce(code: string, id: number, method: string | null): Promise<void> {
  const kaipay = (await row<{ n: number }>(
    sql`select count(*) as n from ledger_transfers where idempotency_key = ${`booking:${code}:kaipay`}`,
  ))!.n;
  const bank = (await row<{ n: number }>(
    sql`select count(*) as n from bank_payments p
        join payment_accounts a on a.id = p.payment_account_id
        where a.booking_id = ${id} and p.outcome = 'booking_paid' and p.transfer_id is not null`,
  ))!.n;
  expect({ code, kaipay, bank }).toEqual({
    code,
    kaipay: method === 'kaipay' ? 1 : 0,
    bank: method === 'kaipay' ? 0 : 1,
  });
}

function forward(seen: Seen, table: string, rows: Row[]): void {
  const column = STATUS_COLUMN[table] ?? 'status';
  for (const r of rows) {
    const key = `${table}:${r.id}`;
    const was = seen.get(key);
    const now = String(r.status);
    if (was !== undefined && was !== now)
      expect(
        { row: key, from: was, to: now, allowed: (FORWARD[table]![was] ?? []).includes(now) },
        `${table}.${column} moved backwards`,
      ).toMatchObject({ allowed: true });
    seen.set(key, now);
  }
}
