import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { advanceClock } from '@/lib/clock';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { addPassenger, openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { applyNotification } from './apply';
import { createBookingPaymentCode } from './booking-payment';
import { NotificationSchema } from './notification';
import { txId, vaNotification } from './testing/notify-fixtures';
import { holdSeat as hold } from './testing/booking-fixtures';
import { countRows, walletBalance as balance } from './testing/db';
import { bookingOrderId } from './order-ids';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openSeededDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

const apply = (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
const booking = async (code: string) =>
  (await row<{ id: number; status: string; method: string | null }>(
    sql`select id, status, payment_method as method from bookings where code = ${code}`,
  ))!;
const revenue = async () =>
  (await row<{ s: number }>(
    sql`select coalesce(sum(e.amount), 0) as s from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.code = 'ticket_revenue'`,
  ))!.s;

describe('paying a booking by closed VA', () => {
  it('gives the owner one closed VA per bank for the exact total, expiring with the hold', async () => {
    const user = await addPassenger('va@contoh.id');
    const code = await hold(user);
    const va = await createBookingPaymentCode(user, code, 'BCA');
    expect(va).toMatchObject({ ok: true, amount: 600_000, companyCode: '39358' });
    expect(va.ok && va.number).toMatch(/^393587\d{10}$/);
    const hold_ = await row<{ h: number }>(
      sql`select hold_expires_at as h from bookings where code = ${code}`,
    );
    expect(va.ok && va.expiresAt).toBe(hold_!.h);
    expect(await createBookingPaymentCode(user, code, 'BCA')).toEqual(va);
    const other = await addPassenger('other@contoh.id');
    expect(await createBookingPaymentCode(other, code, 'BCA')).toEqual({
      ok: false,
      code: 'not_found',
    });
    const retail = await createBookingPaymentCode(user, code, 'INDOMARET');
    expect(retail.ok && retail.number).toMatch(/^8801\d{10}$/);
  });

  it('a settlement in time pays the booking once, issues tickets and books ticket revenue', async () => {
    const user = await addPassenger('pay@contoh.id');
    const code = await hold(user);
    const va = await createBookingPaymentCode(user, code, 'BNI');
    if (!va.ok) throw new Error('no va');
    const body = vaNotification(
      va.number,
      600_000,
      'settlement',
      txId('tx-booking-0001'),
      'bni',
      bookingOrderId(code),
    );
    expect(await apply(body)).toMatchObject({ result: 'booking_paid' });
    expect(await apply(body)).toMatchObject({ result: 'duplicate' });
    expect(await booking(code)).toMatchObject({ status: 'paid', method: 'va' });
    const { id } = await booking(code);
    expect(await row(sql`select count(*) as n from tickets where booking_id = ${id}`)).toEqual({
      n: 1,
    });
    expect(await revenue()).toBe(600_000);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a wrong amount, and refunds late money to KAIPay (or marks it for the bank) without a ticket', async () => {
    const wallet = await activeWallet();
    const code = await hold(wallet.id, '2A');
    const va = await createBookingPaymentCode(wallet.id, code, 'BRI');
    if (!va.ok) throw new Error('no va');
    expect(
      await apply(
        vaNotification(
          va.number,
          500_000,
          'settlement',
          txId('tx-short-0001'),
          'bri',
          bookingOrderId(code),
        ),
      ),
    ).toEqual({ result: 'inconsistent' });
    // Past the hold and its grace for bank payments (payment_grace_minutes, 10).
    advanceClock(71 * 60_000);
    expect(
      await apply(
        vaNotification(
          va.number,
          600_000,
          'settlement',
          txId('tx-late-00001'),
          'bri',
          bookingOrderId(code),
        ),
      ),
    ).toMatchObject({ result: 'refunded', amount: 600_000 });
    expect(await balance(wallet.id)).toBe(600_000);
    expect((await booking(code)).status).toBe('expired');
    expect(await countRows('tickets')).toBe(0);

    const noWallet = await addPassenger('nowallet@contoh.id');
    advanceClock(-71 * 60_000);
    const other = await hold(noWallet, '3A');
    const va2 = await createBookingPaymentCode(noWallet, other, 'BRI');
    advanceClock(71 * 60_000);
    if (!va2.ok) throw new Error('no va');
    expect(
      await apply(
        vaNotification(
          va2.number,
          600_000,
          'settlement',
          txId('tx-late-00002'),
          'bri',
          bookingOrderId(other),
        ),
      ),
    ).toMatchObject({ result: 'returned', reason: 'booking_not_payable' });
    expect(await revenue()).toBe(0);
    expect(await checkLedgerInvariants()).toEqual([]);
  });
});
