import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
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
afterEach(() => tmp.cleanup());

const PIN = '582917';
const setFare = (train: string, price: number) =>
  getDb()
    .$client.prepare(
      "update fares set price = ? where origin_code = 'GMR' and destination_code = 'CN' and seat_class = 'eksekutif' and train_id = (select id from trains where number = ?)",
    )
    .run(price, train);
const seatsOf = (id: number) =>
  getDb()
    .$client.prepare(
      'select trip_id as trip, seat_label as seat from seat_segments where booking_id = ? order by seat_label',
    )
    .all(id);

async function paid() {
  const u = await activeWallet(PIN);
  topUp(u.id, 1_000_000);
  const code = holdFor(u.id, { seats: ['1A'] });
  expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
  return { u, code, ...bookingRow(code) };
}

describe('Ubah Jadwal', () => {
  it('to a dearer trip: pays the difference plus 25% of the old fare rounded up to Rp 1.000; seats and tickets move; the old trip is kept', async () => {
    const { u, code, id } = await paid();
    setFare('4', 350_000);
    const date = wibDate(bookingRow(code).departsAt);
    const options = rescheduleOptions(u.id, code, date);
    expect(options.ok && options.options.find((o) => o.trip.trainNumber === '4')).toMatchObject({
      fare: 350_000,
      fee: 73_000,
      difference: 60_000,
      toPay: 133_000,
    });
    const result = await rescheduleBooking(
      u.id,
      code,
      { tripId: tripOf('4', 2), subClass: 'A' },
      PIN,
    );
    expect(result).toEqual({ ok: true, fee: 73_000, difference: 60_000, paid: 133_000 });
    expect(balanceOf(u.id)).toBe(1_000_000 - 290_000 - 133_000);
    expect(bookingRow(code)).toMatchObject({
      status: 'paid',
      tripId: tripOf('4', 2),
      fare: 350_000,
      total: 350_000,
    });
    expect(seatsOf(id).every((s) => (s as { trip: number }).trip === tripOf('4', 2))).toBe(true);
    expect(
      getDb()
        .$client.prepare('select number, status from tickets where booking_id = ? order by id')
        .all(id),
    ).toEqual([
      { number: `${code}-11`, status: 'void' },
      { number: `${code}-21`, status: 'active' },
    ]);
    expect(
      getDb()
        .$client.prepare(
          'select old_trip_id as t, old_seats as s, fee from booking_reschedules where booking_id = ?',
        )
        .get(id),
    ).toEqual({ t: tripOf('2', 2), s: JSON.stringify(['EKS-1/1A']), fee: 73_000 });
    // Once per booking.
    expect(
      await rescheduleBooking(u.id, code, { tripId: tripOf('2', 3), subClass: 'A' }, PIN),
    ).toEqual({ ok: false, code: 'already_rescheduled' });
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('to a cheaper trip: refunds nothing and still pays the fee', async () => {
    const { u, code } = await paid();
    setFare('4', 200_000);
    expect(
      await rescheduleBooking(u.id, code, { tripId: tripOf('4', 2), subClass: 'A' }, PIN),
    ).toEqual({ ok: true, fee: 73_000, difference: 0, paid: 73_000 });
    expect(balanceOf(u.id)).toBe(1_000_000 - 290_000 - 73_000);
    expect(bookingRow(code).total).toBe(200_000);
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('a full new trip, too little balance or a stranger change nothing at all', async () => {
    const { u, code, id, tripId } = await paid();
    // Fill every Eksekutif seat of train 4 between GMR and CN with another booking.
    const other = makeUser();
    const blocker = bookingRow(holdFor(other.id, { train: '4', seats: ['2A'] })).id;
    const coaches = getDb()
      .$client.prepare(
        "select c.id, c.code from train_coaches c join trains t on t.id = c.train_id where t.number = '4' and c.seat_class = 'eksekutif'",
      )
      .all() as { id: number }[];
    const insert = getDb().$client.prepare(
      'insert or ignore into seat_segments (trip_id, coach_id, seat_label, segment_seq, booking_id) values (?, ?, ?, 0, ?)',
    );
    for (const c of coaches)
      for (let row = 1; row <= 13; row++)
        for (const l of 'ABCD') insert.run(tripOf('4', 2), c.id, `${row}${l}`, blocker);
    expect(
      await rescheduleBooking(u.id, code, { tripId: tripOf('4', 2), subClass: 'A' }, PIN),
    ).toEqual({ ok: false, code: 'not_enough_seats' });
    getDb().$client.prepare('update wallets set balance = 0 where user_id = ?').run(u.id);
    expect(
      await rescheduleBooking(u.id, code, { tripId: tripOf('2', 3), subClass: 'A' }, PIN),
    ).toEqual({ ok: false, code: 'insufficient_balance' });
    expect(
      await rescheduleBooking(makeUser().id, code, { tripId: tripOf('2', 3), subClass: 'A' }, PIN),
    ).toEqual({ ok: false, code: 'not_found' });
    expect(bookingRow(code).tripId).toBe(tripId);
    expect(seatsOf(id)).toEqual([{ trip: tripId, seat: '1A' }]);
  });
});
