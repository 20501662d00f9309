import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { runWorker } from '@/lib/testing/run-worker';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { LOCK_MESSAGE } from '@/lib/wallet/pin';
import type { KaipayPayResult } from './pay-kaipay';
import { balanceOf, bookingRow, holdFor, transfersWithKey } from './testing/fixtures';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const WORKER = 'lib/checkout/testing/pay-worker.ts';
const PIN = '582917';
const run = (mode: 'pay' | 'charge', userId: number, code: string, startAt: string, pin = PIN) =>
  runWorker<KaipayPayResult>(WORKER, [mode, String(userId), code, pin, startAt], tmp.env);

describe('KAIPay checkout across processes', () => {
  it('5 processes pay 5 bookings from one wallet that covers 2: exactly 2 are paid, the balance never goes below zero', async () => {
    const u = await activeWallet(PIN);
    const codes: string[] = [];
    for (const seat of ['1A', '2A', '3A', '4A', '5A'])
      codes.push(await holdFor(u.id, { seats: [seat] }));
    const fare = (await bookingRow(codes[0]!)).total;
    await topUp(u.id, fare * 2 + fare / 2);
    const startAt = String(Date.now() + 4000);
    const results = await Promise.all(codes.map((code) => run('charge', u.id, code, startAt)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(
      Array(3).fill('insufficient_balance'),
    );
    const statuses = await Promise.all(codes.map(async (c) => (await bookingRow(c)).status));
    expect(statuses.filter((s) => s === 'paid')).toHaveLength(2);
    expect(await balanceOf(u.id)).toBe(fare / 2);
    const lowest = await row<{ m: number }>(
      sql`select min(balance_after) m from ledger_entries where balance_after is not null`,
    );
    expect(lowest!.m).toBeGreaterThanOrEqual(0);
    expect(await checkLedgerInvariants()).toEqual([]);
  }, 60_000);

  it('one booking paid from 4 processes at once (PIN and all): charged once, tickets issued once', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id, { seats: ['7C', '7D'] });
    const { total, id } = await bookingRow(code);
    const startAt = String(Date.now() + 4000);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => run('pay', u.id, code, startAt)),
    );
    // Each PIN and charge is one transaction; whoever pays, money moves once, the rest see it paid.
    expect(results.filter((r) => r.ok && !r.alreadyPaid)).toHaveLength(1);
    expect((await bookingRow(code)).status).toBe('paid');
    expect(await transfersWithKey(`booking:${code}:kaipay`)).toBe(1);
    expect(await balanceOf(u.id)).toBe(2_000_000 - total);
    expect(await row(sql`select count(*) n from tickets where booking_id = ${id}`)).toEqual({
      n: 2,
    });
    expect(
      await row(
        sql`select count(*) n from notifications where body like ${`E-tiket KAI Access ${code}%`}`,
      ),
    ).toEqual({ n: 1 });
    expect(await checkLedgerInvariants()).toEqual([]);
  }, 60_000);

  it('6 processes pay one booking with wrong PINs at once: exactly 3 are checked, one lock message, nothing charged', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id, { seats: ['9A'] });
    const startAt = String(Date.now() + 4000);
    const guesses = ['111222', '333444', '555666', '777888', '999000', '246810'];
    const results = await Promise.all(guesses.map((pin) => run('pay', u.id, code, startAt, pin)));
    expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual([
      'pin_locked',
      'pin_locked',
      'pin_locked',
      'pin_wrong',
      'pin_wrong',
      'pin_wrong_locked',
    ]);
    expect(await row(sql`select pin_failures as n from wallets where user_id = ${u.id}`)).toEqual({
      n: 3,
    });
    expect(
      await row(
        sql`select count(*) n from notifications where phone = ${u.phone} and body = ${LOCK_MESSAGE}`,
      ),
    ).toEqual({ n: 1 });
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(u.id)).toBe(2_000_000);
    expect(await transfersWithKey(`booking:${code}:kaipay`)).toBe(0);
  }, 60_000);
});
