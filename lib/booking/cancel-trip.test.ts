import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import { advanceClock, now } from '@/lib/clock';
import { confirmBookingPaid } from '@/lib/checkout/confirm';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { balanceOf, bookingRow, holdFor, transfersWithKey } from '@/lib/checkout/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { runWorker } from '@/lib/testing/run-worker';
import { openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, makeUser, topUp } from '@/lib/wallet/testing/fixtures';
import { cancelBooking } from './cancel';
import { cancelTrip, type TripCancelResult } from './cancel-trip';
import { refusalOf } from './testing/refusal';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
const q = async <T = Record<string, unknown>>(query: SQL) => (await row<T>(query))!;
const adminId = async () =>
  (await q<{ id: number }>(sql`select id from users where email = 'admin@kai-access.test'`)).id;
const tripMessages = async () =>
  (
    await q<{ n: number }>(
      sql`select count(*) as n from notifications where body like 'Perjalanan %dibatalkan%'`,
    )
  ).n;

async function paidByKaipay(seats: string[]) {
  const u = await activeWallet(PIN);
  await topUp(u.id, 1_000_000);
  const code = await holdFor(u.id, { seats });
  expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
  return { u, code };
}

/** Two KAIPay bookings, one VA booking of a passenger without KAIPay, one unpaid hold. */
async function soldTrip() {
  const a = await paidByKaipay(['1A', '1B']);
  const b = await paidByKaipay(['2A']);
  const vaUser = await makeUser();
  const va = await holdFor(vaUser.id, { seats: ['3C'] });
  const vaId = (await bookingRow(va)).id;
  await inTransaction((tx) => confirmBookingPaid(tx, { bookingId: vaId, method: 'va', at: now() }));
  const hold = await holdFor((await makeUser()).id, { seats: ['4D'] });
  return { a, b, va, hold, tripId: (await bookingRow(a.code)).tripId };
}

describe('cancelling a trip', () => {
  it('refunds every paid booking in full (KAIPay or owed to the bank), releases holds, voids tickets, tells each passenger, records the audit', async () => {
    const { a, b, va, hold, tripId } = await soldTrip();
    expect(await balanceOf(a.u.id)).toBe(1_000_000 - 580_000);
    const result = await cancelTrip({
      tripId,
      actorUserId: await adminId(),
      reason: 'Gapeka 2026',
    });
    expect(result).toEqual({
      ok: true,
      alreadyCancelled: false,
      refundedToKaipay: 2,
      owedToBank: 1,
      refundTotal: 580_000 + 290_000 + 290_000,
      holdsReleased: 1,
    });
    // In full: no cancellation fee.
    expect(await balanceOf(a.u.id)).toBe(1_000_000);
    expect(await balanceOf(b.u.id)).toBe(1_000_000);
    expect((await bookingRow(a.code)).status).toBe('cancelled');
    expect((await bookingRow(va)).status).toBe('cancelled');
    expect((await bookingRow(hold)).status).toBe('expired');
    expect(await q(sql`select status from trips where id = ${tripId}`)).toEqual({
      status: 'cancelled',
    });
    expect(await q(sql`select count(*) as n from seat_segments where trip_id = ${tripId}`)).toEqual(
      { n: 0 },
    );
    expect(
      await q(
        sql`select count(*) as n from tickets where trip_id = ${tripId} and status = 'active'`,
      ),
    ).toEqual({ n: 0 });
    const vaId = (await bookingRow(va)).id;
    expect(
      await q(sql`select fee, amount, status from booking_refunds where booking_id = ${vaId}`),
    ).toEqual({ fee: 0, amount: 290_000, status: 'to_bank' });
    expect(await tripMessages()).toBe(4);
    // Every ticket of the trip is on the gates' revocation list (a boarding QR may be out already).
    const ticketsOfTrip = (
      await q<{ n: number }>(sql`select count(*) as n from tickets where trip_id = ${tripId}`)
    ).n;
    expect(
      (
        await q<{ n: number }>(
          sql`select count(*) as n from ticket_revocations r join tickets t on t.id = r.ticket_id where t.trip_id = ${tripId} and r.reason = 'trip_cancelled'`,
        )
      ).n,
    ).toBe(ticketsOfTrip);
    expect(ticketsOfTrip).toBe(4);
    const audit = await q<{ action: string; subject: string; detail: string; after: string }>(
      sql`select action, subject, detail, after from audit_log`,
    );
    expect(audit).toMatchObject({
      action: 'trip.cancel',
      subject: `trip:${tripId}`,
      detail: 'Gapeka 2026',
    });
    expect(JSON.parse(audit.after)).toMatchObject({ status: 'cancelled', refundedToKaipay: 2 });
    expect(await checkLedgerInvariants()).toEqual([]);

    // Twice: nothing more is refunded, told or recorded.
    expect(
      await cancelTrip({ tripId, actorUserId: await adminId(), reason: 'lagi' }),
    ).toMatchObject({
      ok: true,
      alreadyCancelled: true,
      refundTotal: 0,
    });
    expect(await balanceOf(a.u.id)).toBe(1_000_000);
    expect(await transfersWithKey(`booking:${a.code}:refund`)).toBe(1);
    expect(await tripMessages()).toBe(4);
    expect(await q(sql`select count(*) as n from audit_log`)).toEqual({ n: 1 });
    // The passenger's own cancellation afterwards finds nothing more to refund.
    expect(await cancelBooking(a.u.id, a.code)).toMatchObject({ alreadyCancelled: true });
    expect(await balanceOf(a.u.id)).toBe(1_000_000);
  });

  it('a booking the passenger already cancelled keeps its 25% refund; the trip cancel refunds only the rest', async () => {
    const { u, code } = await paidByKaipay(['5A']);
    expect(await cancelBooking(u.id, code)).toMatchObject({ ok: true, refund: 217_500 });
    const other = await paidByKaipay(['5B']);
    const result = await cancelTrip({
      tripId: (await bookingRow(code)).tripId,
      actorUserId: await adminId(),
      reason: 'Banjir',
    });
    expect(result).toMatchObject({ ok: true, refundedToKaipay: 1, refundTotal: 290_000 });
    expect(await balanceOf(u.id)).toBe(1_000_000 - 290_000 + 217_500);
    expect(await balanceOf(other.u.id)).toBe(1_000_000);
  });

  it('refuses an unknown trip and one that has already ended, changing nothing', async () => {
    const admin = await adminId();
    expect(await cancelTrip({ tripId: 999_999, actorUserId: admin, reason: 'x' })).toEqual({
      ok: false,
      code: 'not_found',
    });
    const tripId = await tripOf('2', 0);
    advanceClock(3 * 86_400_000);
    expect(await cancelTrip({ tripId, actorUserId: admin, reason: 'x' })).toEqual({
      ok: false,
      code: 'trip_ended',
    });
    expect(await q(sql`select status from trips where id = ${tripId}`)).toEqual({
      status: 'scheduled',
    });
    expect(await q(sql`select count(*) as n from audit_log`)).toEqual({ n: 0 });
  });

  it('the audit log refuses updates and deletes', async () => {
    await cancelTrip({ tripId: await tripOf('2', 3), actorUserId: await adminId(), reason: 'x' });
    expect(await refusalOf(sql`update audit_log set detail = 'y'`)).toMatch(/append-only/);
    expect(await refusalOf(sql`delete from audit_log`)).toMatch(/append-only/);
    expect(await q(sql`select detail from audit_log`)).toEqual({ detail: 'x' });
  });

  it('4 processes cancel one trip at once: each booking refunded once, one audit record', async () => {
    const { a, b, tripId } = await soldTrip();
    const admin = String(await adminId());
    const startAt = String(Date.now() + 4000);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        runWorker<TripCancelResult>(
          'lib/booking/testing/cancel-trip-worker.ts',
          [String(tripId), admin, startAt],
          tmp.env,
        ),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.alreadyCancelled)).toHaveLength(1);
    expect(await balanceOf(a.u.id)).toBe(1_000_000);
    expect(await balanceOf(b.u.id)).toBe(1_000_000);
    expect(await transfersWithKey(`booking:${a.code}:refund`)).toBe(1);
    expect(await q(sql`select count(*) as n from audit_log`)).toEqual({ n: 1 });
    expect(await tripMessages()).toBe(4);
    expect(await checkLedgerInvariants()).toEqual([]);
  }, 60_000);
});
