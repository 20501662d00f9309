import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row, rows } from '@/db';
import { advanceClock, now } from '@/lib/clock';
import { confirmBookingPaid } from '@/lib/checkout/confirm';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { balanceOf, bookingRow, holdFor, transfersWithKey } from '@/lib/checkout/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { runWorker } from '@/lib/testing/run-worker';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet, makeUser, topUp } from '@/lib/wallet/testing/fixtures';
import { cancelBooking, cancellationQuote, type CancelResult } from './cancel';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
const segmentsOf = async (id: number) =>
  (await row<{ n: number }>(sql`select count(*) as n from seat_segments where booking_id = ${id}`))!
    .n;
const refundRow = (id: number) =>
  row(sql`select fee, amount, status from booking_refunds where booking_id = ${id}`);

async function paidBooking(seats = ['1A', '1B']) {
  const u = await activeWallet(PIN);
  await topUp(u.id, 2_000_000);
  const code = await holdFor(u.id, { seats });
  expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
  return { u, code, ...(await bookingRow(code)) };
}

describe('cancellation', () => {
  it('keeps 25% and refunds the rest to KAIPay at once, frees the seats, voids the tickets (Rp 580.000 → fee Rp 145.000, refund Rp 435.000)', async () => {
    const { u, code, id, total } = await paidBooking();
    expect(total).toBe(580_000);
    expect(await cancellationQuote(u.id, code)).toEqual({
      ok: true,
      ticketPrice: 580_000,
      fee: 145_000,
      refund: 435_000,
    });
    expect(await cancelBooking(u.id, code)).toEqual({
      ok: true,
      alreadyCancelled: false,
      fee: 145_000,
      refund: 435_000,
      to: 'kaipay',
    });
    expect(await balanceOf(u.id)).toBe(2_000_000 - 580_000 + 435_000);
    expect((await bookingRow(code)).status).toBe('cancelled');
    expect(await segmentsOf(id)).toBe(0);
    expect(
      await row(
        sql`select count(*) as n from tickets where booking_id = ${id} and status = 'active'`,
      ),
    ).toEqual({ n: 0 });
    expect(await refundRow(id)).toEqual({ fee: 145_000, amount: 435_000, status: 'to_kaipay' });
    const kinds = await rows(
      sql`select kind, amount from ledger_transfers where reference = ${code} order by id`,
    );
    expect(kinds).toEqual([
      { kind: 'payment', amount: 580_000 },
      { kind: 'fee', amount: 580_000 },
      { kind: 'refund', amount: 435_000 },
    ]);
    // Statuses only move forward: once cancelled, not again and not payable.
    expect(await cancelBooking(u.id, code)).toMatchObject({
      ok: true,
      alreadyCancelled: true,
      refund: 435_000,
    });
    expect(await transfersWithKey(`booking:${code}:refund`)).toBe(1);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a stranger, an unpaid booking, and closes 2 hours before departure', async () => {
    const { u, code, departsAt } = await paidBooking();
    const stranger = await makeUser();
    expect(await cancelBooking(stranger.id, code)).toEqual({ ok: false, code: 'not_found' });
    expect(await cancelBooking(u.id, await holdFor(u.id, { seats: ['9A'] }))).toEqual({
      ok: false,
      code: 'not_cancellable',
    });
    advanceClock(departsAt - now() - 2 * 3_600_000 + 60_000);
    expect(await cancelBooking(u.id, code)).toEqual({ ok: false, code: 'too_late' });
    expect((await bookingRow(code)).status).toBe('paid');
  });

  it('refuses once a boarding pass was opened', async () => {
    const { u, code, id } = await paidBooking();
    await inTransaction((tx) =>
      execute(sql`update tickets set boarding_pass_at = ${now()} where booking_id = ${id}`, tx),
    );
    expect(await cancelBooking(u.id, code)).toEqual({ ok: false, code: 'boarding_pass_issued' });
  });

  it('a VA-paid booking of a passenger without an active KAIPay is marked for return to the bank', async () => {
    const u = await makeUser();
    const code = await holdFor(u.id, { seats: ['3C'] });
    const { id, total } = await bookingRow(code);
    await inTransaction((tx) => confirmBookingPaid(tx, { bookingId: id, method: 'va', at: now() }));
    expect(await cancelBooking(u.id, code)).toEqual({
      ok: true,
      alreadyCancelled: false,
      fee: 72_500,
      refund: total - 72_500,
      to: 'bank',
    });
    expect(await refundRow(id)).toEqual({ fee: 72_500, amount: 217_500, status: 'to_bank' });
    const payable = await row(
      sql`select sum(e.amount) as s from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.code = 'refunds_payable'`,
    );
    expect(payable).toEqual({ s: 217_500 });
  });

  it('4 processes cancel one booking at once: one refund, once', async () => {
    const { u, code } = await paidBooking();
    const startAt = String(Date.now() + 4000);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        runWorker<CancelResult>(
          'lib/booking/testing/cancel-worker.ts',
          [String(u.id), code, startAt],
          tmp.env,
        ),
      ),
    );
    expect(results.every((r) => r.ok && r.refund === 435_000)).toBe(true);
    expect(results.filter((r) => r.ok && !r.alreadyCancelled)).toHaveLength(1);
    expect(await balanceOf(u.id)).toBe(2_000_000 - 580_000 + 435_000);
    expect(await transfersWithKey(`booking:${code}:refund`)).toBe(1);
    expect(await checkLedgerInvariants()).toEqual([]);
  }, 60_000);
});
