import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, row, rows } from '@/db';
import { advanceClock } from '@/lib/clock';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { balanceOf, bookingRow, transfersWithKey } from '@/lib/checkout/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { openSeededDb, demoUserId, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { cancelBooking } from './cancel';
import { cancelTrip } from './cancel-trip';
import { isConnection } from './connection';
import { expireOverdue } from './expiry';
import { createHold } from './hold';
import { getOwnBooking } from './queries';
import { reschedulable } from './reschedule-options';
import { connectionInput, directOnLeg2 } from './testing/connection';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
const count = async (query: SQL) => (await row<{ n: number }>(query))!.n;
const segmentsPerTrip = (bookingId: number) =>
  rows<{ tripId: number; n: number }>(
    sql`select trip_id as "tripId", count(*) as n from seat_segments where booking_id = ${bookingId} group by trip_id order by trip_id`,
  );

async function paidConnection(seats = ['1A', '1B'], seats2 = ['2A', '2B']) {
  const u = await activeWallet(PIN);
  await topUp(u.id, 2_000_000);
  const held = await createHold(u.id, await connectionInput(seats, seats2));
  if (!held.ok) throw new Error(held.code);
  expect(await payWithKaipay(u.id, held.bookingCode, PIN)).toMatchObject({ ok: true });
  return { u, code: held.bookingCode, ...(await bookingRow(held.bookingCode)) };
}

describe('a connection is one booking', () => {
  it('one hold writes both legs: one code, one total (the sum of both fares), seats on both trains', async () => {
    const result = await createHold(
      await demoUserId(),
      await connectionInput(['1A', '1B'], ['2A', '2B']),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const b = await bookingRow(result.bookingCode);
    // Argo Sindoro PK→CN Rp 205.000 + Taksaka CN→YK Rp 370.000, for 2 adults.
    expect(b.total).toBe((205_000 + 370_000) * 2);
    expect(await rows(sql`select leg, fare from booking_legs where booking_id = ${b.id}`)).toEqual([
      { leg: 2, fare: 370_000 },
    ]);
    // Two seats on each train: PK→CN on Argo Sindoro 21, CN→YK on Taksaka 44.
    const perTrip = await segmentsPerTrip(b.id);
    expect(perTrip).toHaveLength(2);
    expect(perTrip.every((r) => r.n > 0 && r.n % 2 === 0)).toBe(true);
    const view = (await getOwnBooking(await demoUserId(), result.bookingCode))!;
    expect(
      view.legs.map((l) => [l.leg, l.trainNumber, l.originCode, l.destinationCode, l.fare]),
    ).toEqual([
      [1, '21', 'PK', 'CN', 205_000],
      [2, '44', 'CN', 'YK', 370_000],
    ]);
    expect(view.destinationCode).toBe('YK');
    expect(view.passengers.map((p) => p.seat2?.seatLabel)).toEqual(['2A', '2B']);
  });

  it("the second leg's seat already taken: nothing is held on either train", async () => {
    const other = await createHold(await demoUserId(), await directOnLeg2('2B'));
    expect(other.ok).toBe(true);
    const before = await count(sql`select count(*) as n from seat_segments`);
    const bookingsBefore = await count(sql`select count(*) as n from bookings`);
    const u = await demoUserId();
    expect(await createHold(u, await connectionInput(['1A', '1B'], ['2A', '2B']))).toEqual({
      ok: false,
      code: 'seat_taken',
    });
    expect(await count(sql`select count(*) as n from seat_segments`)).toBe(before);
    expect(await count(sql`select count(*) as n from bookings`)).toBe(bookingsBefore);
    expect(await count(sql`select count(*) as n from booking_legs`)).toBe(0);
  });

  it('a second train that does not continue the first is refused (a forged form)', async () => {
    // Taksaka 44 leaves CN before Argo Sindoro 21 gets there the day before: no 1-24 h change.
    expect(
      await createHold(
        await demoUserId(),
        await connectionInput(['1A'], ['2A'], { tripId2: await tripOf('44', 1) }),
      ),
    ).toEqual({ ok: false, code: 'connection_invalid' });
    expect(await count(sql`select count(*) as n from bookings`)).toBe(0);
  });

  it('pays once for the whole journey and issues one ticket per passenger per train', async () => {
    const { u, code, id, total } = await paidConnection();
    expect(await balanceOf(u.id)).toBe(2_000_000 - total);
    expect(await transfersWithKey(`booking:${code}:kaipay`)).toBe(1);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    expect(await balanceOf(u.id)).toBe(2_000_000 - total);
    const tickets = await rows(
      sql`select leg, number, trip_id as "tripId", seat_label as seat from tickets where booking_id = ${id} order by leg, number`,
    );
    const [trip21, trip44] = [await tripOf('21', 2), await tripOf('44', 2)];
    expect(tickets).toEqual([
      { leg: 1, number: `${code}-11`, tripId: trip21, seat: '1A' },
      { leg: 1, number: `${code}-12`, tripId: trip21, seat: '1B' },
      { leg: 2, number: `${code}-11-2`, tripId: trip44, seat: '2A' },
      { leg: 2, number: `${code}-12-2`, tripId: trip44, seat: '2B' },
    ]);
  });

  it('cancelling refunds the whole journey once (25% fee) and frees both trains', async () => {
    const { u, code, id, total } = await paidConnection();
    const fee = Math.ceil(total / 4);
    expect(await cancelBooking(u.id, code)).toEqual({
      ok: true,
      alreadyCancelled: false,
      fee,
      refund: total - fee,
      to: 'kaipay',
    });
    expect(await cancelBooking(u.id, code)).toMatchObject({ ok: true, alreadyCancelled: true });
    expect(await balanceOf(u.id)).toBe(2_000_000 - fee);
    expect(await transfersWithKey(`booking:${code}:refund`)).toBe(1);
    expect(await segmentsPerTrip(id)).toEqual([]);
    expect(
      await count(
        sql`select count(*) as n from tickets where booking_id = ${id} and status = 'active'`,
      ),
    ).toBe(0);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('an unpaid connection expires as one: both trains are freed', async () => {
    const held = await createHold(await demoUserId(), await connectionInput(['1A'], ['2A']));
    if (!held.ok) throw new Error(held.code);
    const { id } = await bookingRow(held.bookingCode);
    expect(await segmentsPerTrip(id)).toHaveLength(2);
    advanceClock(61 * 60_000);
    expect(await expireOverdue()).toEqual([held.bookingCode]);
    expect(await segmentsPerTrip(id)).toEqual([]);
  });

  it('Ubah Jadwal is refused for a connection, with its own reason', async () => {
    const { u, code } = await paidConnection();
    expect(await reschedulable(getDb(), u.id, code, Date.now())).toEqual({
      ok: false,
      code: 'connection',
    });
  });

  it('an admin cancelling the second train cancels and refunds the whole journey in full', async () => {
    const { u, code, total } = await paidConnection();
    const result = await cancelTrip({
      tripId: await tripOf('44', 2),
      actorUserId: await demoUserId(),
      reason: 'Gangguan',
    });
    expect(result).toMatchObject({ ok: true, refundedToKaipay: 1, refundTotal: total });
    expect((await bookingRow(code)).status).toBe('cancelled');
    expect(await balanceOf(u.id)).toBe(2_000_000);
    // Both trains' tickets go on the gates' revocation list, the first train's too: it still
    // runs, but the journey was refunded in full.
    const revoked = await rows(
      sql`select t.leg, count(*) as n from ticket_revocations r join tickets t on t.id = r.ticket_id
         join bookings b on b.id = t.booking_id where b.code = ${code} group by t.leg order by t.leg`,
    );
    expect(revoked).toEqual([
      { leg: 1, n: expect.any(Number) },
      { leg: 2, n: expect.any(Number) },
    ]);
  });
});

describe('isConnection', () => {
  const leg = (o: string, d: string, dep: number, arr: number) => ({
    originCode: o,
    destinationCode: d,
    departsAt: dep * 60_000,
    arrivesAt: arr * 60_000,
  });
  it('needs the same station and a 1-24 h change', () => {
    expect(isConnection(leg('PK', 'CN', 0, 100), leg('CN', 'YK', 160, 400))).toBe(true);
    expect(isConnection(leg('PK', 'CN', 0, 100), leg('CN', 'YK', 159, 400))).toBe(false);
    expect(isConnection(leg('PK', 'CN', 0, 100), leg('CN', 'YK', 100 + 1441, 2000))).toBe(false);
    expect(isConnection(leg('PK', 'CN', 0, 100), leg('JNG', 'YK', 200, 400))).toBe(false);
    expect(isConnection(leg('PK', 'CN', 0, 100), leg('CN', 'PK', 200, 400))).toBe(false);
  });
});
