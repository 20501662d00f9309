import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
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

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

const PIN = '582917';
const q = <T>(query: string, ...args: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .get(...args) as T;
const adminId = () =>
  q<{ id: number }>("select id from users where email = 'admin@kai-access.test'").id;
const tripMessages = () =>
  q<{ n: number }>("select count(*) n from notifications where body like 'Perjalanan %dibatalkan%'")
    .n;

async function paidByKaipay(seats: string[]) {
  const u = await activeWallet(PIN);
  topUp(u.id, 1_000_000);
  const code = holdFor(u.id, { seats });
  expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
  return { u, code };
}

/** Two KAIPay bookings, one VA booking of a passenger without KAIPay, one unpaid hold. */
async function soldTrip() {
  const a = await paidByKaipay(['1A', '1B']);
  const b = await paidByKaipay(['2A']);
  const vaUser = makeUser();
  const va = holdFor(vaUser.id, { seats: ['3C'] });
  getDb().transaction(
    (tx) => confirmBookingPaid(tx, { bookingId: bookingRow(va).id, method: 'va', at: now() }),
    { behavior: 'immediate' },
  );
  const hold = holdFor(makeUser().id, { seats: ['4D'] });
  return { a, b, va, hold, tripId: bookingRow(a.code).tripId };
}

describe('cancelling a trip', () => {
  it('refunds every paid booking in full (KAIPay or owed to the bank), releases holds, voids tickets, tells each passenger, records the audit', async () => {
    const { a, b, va, hold, tripId } = await soldTrip();
    expect(balanceOf(a.u.id)).toBe(1_000_000 - 580_000);
    const result = await cancelTrip({ tripId, actorUserId: adminId(), reason: 'Gapeka 2026' });
    expect(result).toEqual({
      ok: true,
      alreadyCancelled: false,
      refundedToKaipay: 2,
      owedToBank: 1,
      refundTotal: 580_000 + 290_000 + 290_000,
      holdsReleased: 1,
    });
    // In full: no cancellation fee.
    expect(balanceOf(a.u.id)).toBe(1_000_000);
    expect(balanceOf(b.u.id)).toBe(1_000_000);
    expect(bookingRow(a.code).status).toBe('cancelled');
    expect(bookingRow(va).status).toBe('cancelled');
    expect(bookingRow(hold).status).toBe('expired');
    expect(q('select status from trips where id = ?', tripId)).toEqual({ status: 'cancelled' });
    expect(q('select count(*) n from seat_segments where trip_id = ?', tripId)).toEqual({ n: 0 });
    expect(
      q("select count(*) n from tickets where trip_id = ? and status = 'active'", tripId),
    ).toEqual({ n: 0 });
    expect(
      q('select fee, amount, status from booking_refunds where booking_id = ?', bookingRow(va).id),
    ).toEqual({ fee: 0, amount: 290_000, status: 'to_bank' });
    expect(tripMessages()).toBe(4);
    // Every ticket of the trip is on the gates' revocation list (a boarding QR may be out already).
    expect(
      q<{ n: number }>(
        "select count(*) n from ticket_revocations r join tickets t on t.id = r.ticket_id where t.trip_id = ? and r.reason = 'trip_cancelled'",
        tripId,
      ).n,
    ).toBe(q<{ n: number }>('select count(*) n from tickets where trip_id = ?', tripId).n);
    expect(q<{ n: number }>('select count(*) n from tickets where trip_id = ?', tripId).n).toBe(4);
    const audit = q<{ action: string; subject: string; detail: string; after: string }>(
      'select action, subject, detail, after from audit_log',
    );
    expect(audit).toMatchObject({
      action: 'trip.cancel',
      subject: `trip:${tripId}`,
      detail: 'Gapeka 2026',
    });
    expect(JSON.parse(audit.after)).toMatchObject({ status: 'cancelled', refundedToKaipay: 2 });
    expect(checkLedgerInvariants()).toEqual([]);

    // Twice: nothing more is refunded, told or recorded.
    expect(await cancelTrip({ tripId, actorUserId: adminId(), reason: 'lagi' })).toMatchObject({
      ok: true,
      alreadyCancelled: true,
      refundTotal: 0,
    });
    expect(balanceOf(a.u.id)).toBe(1_000_000);
    expect(transfersWithKey(`booking:${a.code}:refund`)).toBe(1);
    expect(tripMessages()).toBe(4);
    expect(q('select count(*) n from audit_log')).toEqual({ n: 1 });
    // The passenger's own cancellation afterwards finds nothing more to refund.
    expect(await cancelBooking(a.u.id, a.code)).toMatchObject({ alreadyCancelled: true });
    expect(balanceOf(a.u.id)).toBe(1_000_000);
  });

  it('a booking the passenger already cancelled keeps its 25% refund; the trip cancel refunds only the rest', async () => {
    const { u, code } = await paidByKaipay(['5A']);
    expect(await cancelBooking(u.id, code)).toMatchObject({ ok: true, refund: 217_500 });
    const other = await paidByKaipay(['5B']);
    const result = await cancelTrip({
      tripId: bookingRow(code).tripId,
      actorUserId: adminId(),
      reason: 'Banjir',
    });
    expect(result).toMatchObject({ ok: true, refundedToKaipay: 1, refundTotal: 290_000 });
    expect(balanceOf(u.id)).toBe(1_000_000 - 290_000 + 217_500);
    expect(balanceOf(other.u.id)).toBe(1_000_000);
  });

  it('refuses an unknown trip and one that has already ended, changing nothing', async () => {
    expect(await cancelTrip({ tripId: 999_999, actorUserId: adminId(), reason: 'x' })).toEqual({
      ok: false,
      code: 'not_found',
    });
    const tripId = tripOf('2', 0);
    advanceClock(3 * 86_400_000);
    expect(await cancelTrip({ tripId, actorUserId: adminId(), reason: 'x' })).toEqual({
      ok: false,
      code: 'trip_ended',
    });
    expect(q('select status from trips where id = ?', tripId)).toEqual({ status: 'scheduled' });
    expect(q('select count(*) n from audit_log')).toEqual({ n: 0 });
  });

  it('the audit log refuses updates and deletes', async () => {
    await cancelTrip({ tripId: tripOf('2', 3), actorUserId: adminId(), reason: 'x' });
    expect(() => getDb().$client.prepare("update audit_log set detail = 'y'").run()).toThrow(
      /append-only/,
    );
    expect(() => getDb().$client.prepare('delete from audit_log').run()).toThrow(/append-only/);
  });

  it('4 processes cancel one trip at once: each booking refunded once, one audit record', async () => {
    const { a, b, tripId } = await soldTrip();
    const startAt = String(Date.now() + 4000);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        runWorker<TripCancelResult>(
          'lib/booking/testing/cancel-trip-worker.ts',
          [String(tripId), String(adminId()), startAt],
          { DATABASE_PATH: tmp.file, DATA_DIR: tmp.dir },
        ),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.alreadyCancelled)).toHaveLength(1);
    expect(balanceOf(a.u.id)).toBe(1_000_000);
    expect(balanceOf(b.u.id)).toBe(1_000_000);
    expect(transfersWithKey(`booking:${a.code}:refund`)).toBe(1);
    expect(q('select count(*) n from audit_log')).toEqual({ n: 1 });
    expect(tripMessages()).toBe(4);
    expect(checkLedgerInvariants()).toEqual([]);
  }, 60_000);
});
