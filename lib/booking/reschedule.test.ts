import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row, rows } from '@/db';
import { seatSegments } from '@/db/schema';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { balanceOf, bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { wibDate } from '@/lib/dates';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, makeUser, topUp } from '@/lib/wallet/testing/fixtures';
import { rescheduleBooking } from './reschedule';
import { rescheduleOptions } from './reschedule-options';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
const setFare = (train: string, price: number) =>
  inTransaction((tx) =>
    execute(
      sql`update fares set price = ${price} where origin_code = 'GMR' and destination_code = 'CN' and seat_class = 'eksekutif' and train_id = (select id from trains where number = ${train})`,
      tx,
    ),
  );
const seatsOf = (id: number) =>
  rows<{ trip: number; seat: string }>(
    sql`select trip_id as trip, seat_label as seat from seat_segments where booking_id = ${id} order by seat_label`,
  );

async function paid() {
  const u = await activeWallet(PIN);
  await topUp(u.id, 1_000_000);
  const code = await holdFor(u.id, { seats: ['1A'] });
  expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
  return { u, code, ...(await bookingRow(code)) };
}

describe('Ubah Jadwal', () => {
  it('to a dearer trip: pays the difference plus 25% of the old fare rounded up to Rp 1.000; seats and tickets move; the old trip is kept', async () => {
    const { u, code, id } = await paid();
    await setFare('4', 350_000);
    const date = wibDate((await bookingRow(code)).departsAt);
    const options = await rescheduleOptions(u.id, code, date);
    expect(options.ok && options.options.find((o) => o.trip.trainNumber === '4')).toMatchObject({
      fare: 350_000,
      fee: 73_000,
      difference: 60_000,
      toPay: 133_000,
    });
    const newTrip = await tripOf('4', 2);
    const result = await rescheduleBooking(u.id, code, { tripId: newTrip, subClass: 'A' }, PIN);
    expect(result).toEqual({ ok: true, fee: 73_000, difference: 60_000, paid: 133_000 });
    expect(await balanceOf(u.id)).toBe(1_000_000 - 290_000 - 133_000);
    expect(await bookingRow(code)).toMatchObject({
      status: 'paid',
      tripId: newTrip,
      fare: 350_000,
      total: 350_000,
    });
    const seats = await seatsOf(id);
    expect(seats.length).toBeGreaterThan(0);
    expect(seats.every((s) => s.trip === newTrip)).toBe(true);
    expect(
      await rows(sql`select number, status from tickets where booking_id = ${id} order by id`),
    ).toEqual([
      { number: `${code}-11`, status: 'void' },
      { number: `${code}-21`, status: 'active' },
    ]);
    expect(
      await row(
        sql`select old_trip_id as t, old_seats as s, fee from booking_reschedules where booking_id = ${id}`,
      ),
    ).toEqual({ t: await tripOf('2', 2), s: JSON.stringify(['EKS-1/1A']), fee: 73_000 });
    // Once per booking.
    expect(
      await rescheduleBooking(u.id, code, { tripId: await tripOf('2', 3), subClass: 'A' }, PIN),
    ).toEqual({ ok: false, code: 'already_rescheduled' });
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('to a cheaper trip: refunds nothing and still pays the fee', async () => {
    const { u, code } = await paid();
    await setFare('4', 200_000);
    expect(
      await rescheduleBooking(u.id, code, { tripId: await tripOf('4', 2), subClass: 'A' }, PIN),
    ).toEqual({ ok: true, fee: 73_000, difference: 0, paid: 73_000 });
    expect(await balanceOf(u.id)).toBe(1_000_000 - 290_000 - 73_000);
    expect((await bookingRow(code)).total).toBe(200_000);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('a full new trip, too little balance or a stranger change nothing at all', async () => {
    const { u, code, id, tripId } = await paid();
    // Fill every Eksekutif seat of train 4 between GMR and CN with another booking.
    const other = await makeUser();
    const blocker = (await bookingRow(await holdFor(other.id, { train: '4', seats: ['2A'] }))).id;
    const coaches = await rows<{ id: number }>(
      sql`select c.id, c.code from train_coaches c join trains t on t.id = c.train_id where t.number = '4' and c.seat_class = 'eksekutif'`,
    );
    const train4 = await tripOf('4', 2);
    const everySeat = coaches.flatMap((c) =>
      Array.from({ length: 13 }, (_, r) =>
        [...'ABCD'].map((l) => ({
          tripId: train4,
          coachId: c.id,
          seatLabel: `${r + 1}${l}`,
          segmentSeq: 0,
          bookingId: blocker,
        })),
      ).flat(),
    );
    await inTransaction(async (tx) => {
      await tx.insert(seatSegments).values(everySeat).onConflictDoNothing();
    });
    expect(await rescheduleBooking(u.id, code, { tripId: train4, subClass: 'A' }, PIN)).toEqual({
      ok: false,
      code: 'not_enough_seats',
    });
    await inTransaction((tx) =>
      execute(sql`update wallets set balance = 0 where user_id = ${u.id}`, tx),
    );
    const later = await tripOf('2', 3);
    expect(await rescheduleBooking(u.id, code, { tripId: later, subClass: 'A' }, PIN)).toEqual({
      ok: false,
      code: 'insufficient_balance',
    });
    expect(
      await rescheduleBooking((await makeUser()).id, code, { tripId: later, subClass: 'A' }, PIN),
    ).toEqual({ ok: false, code: 'not_found' });
    expect((await bookingRow(code)).tripId).toBe(tripId);
    expect(await seatsOf(id)).toEqual([{ trip: tripId, seat: '1A' }]);
  });
});
