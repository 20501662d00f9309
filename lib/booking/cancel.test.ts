import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
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
afterEach(() => tmp.cleanup());

const PIN = '582917';
const segmentsOf = (id: number) =>
  (
    getDb()
      .$client.prepare('select count(*) n from seat_segments where booking_id = ?')
      .get(id) as { n: number }
  ).n;
const refundRow = (id: number) =>
  getDb()
    .$client.prepare('select fee, amount, status from booking_refunds where booking_id = ?')
    .get(id);

async function paidBooking(seats = ['1A', '1B']) {
  const u = await activeWallet(PIN);
  topUp(u.id, 2_000_000);
  const code = holdFor(u.id, { seats });
  expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
  return { u, code, ...bookingRow(code) };
}

describe('cancellation', () => {
  it('keeps 25% and refunds the rest to KAIPay at once, frees the seats, voids the tickets (Rp 580.000 → fee Rp 145.000, refund Rp 435.000)', async () => {
    const { u, code, id, total } = await paidBooking();
    expect(total).toBe(580_000);
    expect(cancellationQuote(u.id, code)).toEqual({
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
    expect(balanceOf(u.id)).toBe(2_000_000 - 580_000 + 435_000);
    expect(bookingRow(code).status).toBe('cancelled');
    expect(segmentsOf(id)).toBe(0);
    expect(
      getDb()
        .$client.prepare(
          "select count(*) n from tickets where booking_id = ? and status = 'active'",
        )
        .get(id),
    ).toEqual({ n: 0 });
    expect(refundRow(id)).toEqual({ fee: 145_000, amount: 435_000, status: 'to_kaipay' });
    const kinds = getDb()
      .$client.prepare('select kind, amount from ledger_transfers where reference = ? order by id')
      .all(code);
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
    expect(transfersWithKey(`booking:${code}:refund`)).toBe(1);
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a stranger, an unpaid booking, and closes 2 hours before departure', async () => {
    const { u, code, departsAt } = await paidBooking();
    const stranger = makeUser();
    expect(await cancelBooking(stranger.id, code)).toEqual({ ok: false, code: 'not_found' });
    expect(await cancelBooking(u.id, holdFor(u.id, { seats: ['9A'] }))).toEqual({
      ok: false,
      code: 'not_cancellable',
    });
    advanceClock(departsAt - now() - 2 * 3_600_000 + 60_000);
    expect(await cancelBooking(u.id, code)).toEqual({ ok: false, code: 'too_late' });
    expect(bookingRow(code).status).toBe('paid');
  });

  it('refuses once a boarding pass was opened', async () => {
    const { u, code, id } = await paidBooking();
    getDb()
      .$client.prepare('update tickets set boarding_pass_at = ? where booking_id = ?')
      .run(now(), id);
    expect(await cancelBooking(u.id, code)).toEqual({ ok: false, code: 'boarding_pass_issued' });
  });

  it('a VA-paid booking of a passenger without an active KAIPay is marked for return to the bank', async () => {
    const u = makeUser();
    const code = holdFor(u.id, { seats: ['3C'] });
    const { id, total } = bookingRow(code);
    getDb().transaction(
      (tx) => confirmBookingPaid(tx, { bookingId: id, method: 'va', at: now() }),
      { behavior: 'immediate' },
    );
    expect(await cancelBooking(u.id, code)).toEqual({
      ok: true,
      alreadyCancelled: false,
      fee: 72_500,
      refund: total - 72_500,
      to: 'bank',
    });
    expect(refundRow(id)).toEqual({ fee: 72_500, amount: 217_500, status: 'to_bank' });
    const payable = getDb()
      .$client.prepare(
        "select sum(e.amount) s from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.code = 'refunds_payable'",
      )
      .get();
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
          { DATABASE_PATH: tmp.file, DATA_DIR: tmp.dir },
        ),
      ),
    );
    expect(results.every((r) => r.ok && r.refund === 435_000)).toBe(true);
    expect(results.filter((r) => r.ok && !r.alreadyCancelled)).toHaveLength(1);
    expect(balanceOf(u.id)).toBe(2_000_000 - 580_000 + 435_000);
    expect(transfersWithKey(`booking:${code}:refund`)).toBe(1);
    expect(checkLedgerInvariants()).toEqual([]);
  }, 60_000);
});
