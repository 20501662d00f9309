import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inTransaction, row, rows } from '@/db';
import { advanceClock } from '@/lib/clock';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet, makeUser, topUp } from '@/lib/wallet/testing/fixtures';
import { payWithKaipay } from './pay-kaipay';
import { confirmBookingPaid } from './confirm';
import { balanceOf, bookingRow, holdFor, transfersWithKey } from './testing/fixtures';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
const ticketsOf = (id: number) =>
  rows(
    sql`select number, seat_label as seat, status from tickets where booking_id = ${id} order by number`,
  );

describe('paying a booking with KAIPay', () => {
  it('debits the total once, marks the booking paid, issues a ticket per passenger (infant on a lap) and messages the phone', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id, { seats: ['1A', '1B'], infants: 1 });
    const { total, id } = await bookingRow(code);
    const result = await payWithKaipay(u.id, code, PIN);
    expect(result).toEqual({ ok: true, alreadyPaid: false, balanceAfter: 2_000_000 - total });
    expect(await bookingRow(code)).toMatchObject({
      status: 'paid',
      method: 'kaipay',
      paidAt: expect.any(Number),
    });
    expect(await ticketsOf(id)).toEqual([
      { number: `${code}-11`, seat: '1A', status: 'active' },
      { number: `${code}-12`, seat: '1B', status: 'active' },
      { number: `${code}-13`, seat: null, status: 'active' },
    ]);
    const msg = await row<{ body: string }>(
      sql`select body from notifications where phone = '+6281234567890' order by id desc`,
    );
    expect(msg!.body).toMatch(new RegExp(`^E-tiket KAI Access ${code} `));
    // Again (a double click, a retry): nothing more is charged.
    expect(await payWithKaipay(u.id, code, PIN)).toEqual({ ok: true, alreadyPaid: true });
    expect(await balanceOf(u.id)).toBe(2_000_000 - total);
    expect(await transfersWithKey(`booking:${code}:kaipay`)).toBe(1);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it("refuses another passenger's booking as not found, without spending a PIN attempt", async () => {
    const owner = await activeWallet(PIN);
    const stranger = await activeWallet(PIN);
    await topUp(stranger.id, 2_000_000);
    const code = await holdFor(owner.id);
    expect(await payWithKaipay(stranger.id, code, PIN)).toEqual({ ok: false, code: 'not_found' });
    expect(await payWithKaipay(stranger.id, 'bad', PIN)).toEqual({ ok: false, code: 'not_found' });
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(stranger.id)).toBe(2_000_000);
  });

  it('an expired hold charges nothing and says so', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id);
    advanceClock(61 * 60_000);
    expect(await payWithKaipay(u.id, code, PIN)).toEqual({ ok: false, code: 'hold_expired' });
    expect((await bookingRow(code)).status).toBe('expired');
    expect(await balanceOf(u.id)).toBe(2_000_000);
    // A late confirmation (the VA path) cannot revive it either.
    const { id } = await bookingRow(code);
    expect(
      await inTransaction((tx) =>
        confirmBookingPaid(tx, { bookingId: id, method: 'va', at: Date.now() }),
      ),
    ).toEqual({ result: 'not_payable' });
  });

  it('wrong PINs count toward the lock; the third locks KAIPay and a right PIN then is refused too', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id);
    expect(await payWithKaipay(u.id, code, '111222')).toEqual({
      ok: false,
      code: 'pin_wrong',
      attemptsLeft: 2,
    });
    expect(await payWithKaipay(u.id, code, '111222')).toEqual({
      ok: false,
      code: 'pin_wrong',
      attemptsLeft: 1,
    });
    expect(await payWithKaipay(u.id, code, '111222')).toMatchObject({
      ok: false,
      code: 'pin_wrong_locked',
    });
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: false, code: 'pin_locked' });
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(u.id)).toBe(2_000_000);
  });

  it('too little balance or no active wallet refuses with nothing written', async () => {
    const u = await activeWallet(PIN);
    const code = await holdFor(u.id);
    await topUp(u.id, (await bookingRow(code)).total - 1);
    expect(await payWithKaipay(u.id, code, PIN)).toEqual({
      ok: false,
      code: 'insufficient_balance',
    });
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await row(sql`select count(*) n from tickets`)).toEqual({ n: 0 });
    const plain = await makeUser();
    expect(await payWithKaipay(plain.id, await holdFor(plain.id, { seats: ['2A'] }), PIN)).toEqual({
      ok: false,
      code: 'wallet_inactive',
    });
  });

  it('confirmBookingPaid is conditional: paid once, then already_paid', async () => {
    const u = await makeUser();
    const { id } = await bookingRow(await holdFor(u.id));
    const confirm = () =>
      inTransaction((tx) =>
        confirmBookingPaid(tx, { bookingId: id, method: 'va', at: Date.now() }),
      );
    expect(await confirm()).toEqual({ result: 'paid' });
    expect(await confirm()).toEqual({ result: 'already_paid' });
    expect(await ticketsOf(id)).toHaveLength(1);
  });
});
