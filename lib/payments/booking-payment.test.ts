import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { advanceClock } from '@/lib/clock';
import { createHold } from '@/lib/booking/hold';
import { HoldSchema } from '@/lib/booking/hold-schema';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { addPassenger, coachId, openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { applyNotification } from './apply';
import { createBookingPaymentCode } from './booking-payment';
import { NotificationSchema } from './notification';
import { txId, vaNotification } from './testing/notify-fixtures';
import { bookingOrderId } from './order-ids';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

const sqlite = () => getDb().$client;
function hold(userId: number, seat = '1A') {
  const result = createHold(
    userId,
    HoldSchema.parse({
      tripId: tripOf('44'),
      origin: 'GMR',
      destination: 'YK',
      seatClass: 'eksekutif',
      adults: [
        {
          name: 'Dewi Lestari',
          idType: 'nik',
          idNumber: '3273015503920001',
          seat: `${coachId('44', 'EKS-2')}:${seat}`,
        },
      ],
      infants: [],
      contactName: 'Dewi Lestari',
      contactEmail: 'dewi@contoh.id',
      contactPhone: '081299990000',
    }),
  );
  if (!result.ok) throw new Error(result.code);
  return result.bookingCode;
}
const apply = (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
const booking = (code: string) =>
  sqlite()
    .prepare('select id, status, payment_method as method from bookings where code = ?')
    .get(code) as { id: number; status: string; method: string | null };
const revenue = () =>
  (
    sqlite()
      .prepare(
        "select coalesce(sum(e.amount), 0) s from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.code = 'ticket_revenue'",
      )
      .get() as { s: number }
  ).s;
const balance = (userId: number) =>
  (
    sqlite().prepare('select balance from wallets where user_id = ?').get(userId) as {
      balance: number;
    }
  ).balance;

describe('paying a booking by closed VA', () => {
  it('gives the owner one closed VA per bank for the exact total, expiring with the hold', async () => {
    const user = addPassenger('va@contoh.id');
    const code = hold(user);
    const va = await createBookingPaymentCode(user, code, 'BCA');
    expect(va).toMatchObject({ ok: true, amount: 600_000, companyCode: '39358' });
    expect(va.ok && va.number).toMatch(/^393587\d{10}$/);
    const hold_ = sqlite()
      .prepare('select hold_expires_at h from bookings where code = ?')
      .get(code) as { h: number };
    expect(va.ok && va.expiresAt).toBe(hold_.h);
    expect(await createBookingPaymentCode(user, code, 'BCA')).toEqual(va);
    expect(await createBookingPaymentCode(addPassenger('other@contoh.id'), code, 'BCA')).toEqual({
      ok: false,
      code: 'not_found',
    });
    const retail = await createBookingPaymentCode(user, code, 'INDOMARET');
    expect(retail.ok && retail.number).toMatch(/^8801\d{10}$/);
  });

  it('a settlement in time pays the booking once, issues tickets and books ticket revenue', async () => {
    const user = addPassenger('pay@contoh.id');
    const code = hold(user);
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
    expect(apply(body)).toMatchObject({ result: 'booking_paid' });
    expect(apply(body)).toMatchObject({ result: 'duplicate' });
    expect(booking(code)).toMatchObject({ status: 'paid', method: 'va' });
    expect(
      sqlite().prepare('select count(*) n from tickets where booking_id = ?').get(booking(code).id),
    ).toEqual({ n: 1 });
    expect(revenue()).toBe(600_000);
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a wrong amount, and refunds late money to KAIPay (or marks it for the bank) without a ticket', async () => {
    const wallet = await activeWallet();
    const code = hold(wallet.id, '2A');
    const va = await createBookingPaymentCode(wallet.id, code, 'BRI');
    if (!va.ok) throw new Error('no va');
    expect(
      apply(
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
      apply(
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
    expect(balance(wallet.id)).toBe(600_000);
    expect(booking(code).status).toBe('expired');
    expect(sqlite().prepare('select count(*) n from tickets').get()).toEqual({ n: 0 });

    const noWallet = addPassenger('nowallet@contoh.id');
    advanceClock(-71 * 60_000);
    const other = hold(noWallet, '3A');
    const va2 = await createBookingPaymentCode(noWallet, other, 'BRI');
    advanceClock(71 * 60_000);
    if (!va2.ok) throw new Error('no va');
    expect(
      apply(
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
    expect(revenue()).toBe(0);
    expect(checkLedgerInvariants()).toEqual([]);
  });
});
