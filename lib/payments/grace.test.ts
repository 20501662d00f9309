import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { advanceClock, now } from '@/lib/clock';
import { expireOverdue } from '@/lib/booking/expiry';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { setSetting } from '@/lib/settings';
import { addPassenger, openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { applyNotification } from './apply';
import { createBookingPaymentCode } from './booking-payment';
import { NotificationSchema } from './notification';
import { bookingOrderId } from './order-ids';
import { holdSeat } from './testing/booking-fixtures';
import { txId, vaNotification } from './testing/notify-fixtures';
import { walletBalance as balance } from './testing/db';

// Issue 12.10: a bank payment made before the deadline but notified after it is honoured.
let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openSeededDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

const MIN = 60_000;
/** "2026-11-25 14:32:05" in WIB, as Midtrans writes transaction_time. */
const wib = (ms: number) =>
  new Date(ms + 7 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
const booking = async (code: string) =>
  (await row<{
    status: string;
    deadline: number;
    paidAt: number | null;
    segments: number;
    tickets: number;
  }>(
    sql`select status, hold_expires_at as deadline, paid_at as "paidAt", (select count(*) from seat_segments s where s.booking_id = b.id) as segments, (select count(*) from tickets t where t.booking_id = b.id) as tickets from bookings b where code = ${code}`,
  ))!;

/** A hold with a closed BCA VA; returns the code, the VA number and the deadline. */
async function holdWithVa(userId: number, seat: string) {
  const code = await holdSeat(userId, seat);
  const va = await createBookingPaymentCode(userId, code, 'BCA');
  if (!va.ok) throw new Error(va.code);
  return { code, number: va.number, deadline: (await booking(code)).deadline };
}

/** The bank's settlement for the booking's VA, paid at `paidAt` (bank time), delivered now. */
function notify(code: string, number: string, paidAt: number | string, label: string) {
  const body = {
    ...vaNotification(number, 600_000, 'settlement', txId(label), 'bca', bookingOrderId(code)),
    transaction_time: typeof paidAt === 'string' ? paidAt : wib(paidAt),
  };
  return applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
}

describe('a bank payment made in time is honoured', () => {
  it('paid 1 minute before the deadline, notified 5 minutes after: seats kept, tickets issued', async () => {
    const user = await addPassenger('grace@contoh.id');
    const { code, number, deadline } = await holdWithVa(user, '1A');
    advanceClock(deadline - now() + 5 * MIN);
    // In the grace period the seats are still held (every read runs the sweep).
    await expireOverdue();
    expect(await booking(code)).toMatchObject({ status: 'awaiting_payment', segments: 6 });
    const paidAt = Math.floor((deadline - MIN) / 1000) * 1000;
    expect(await notify(code, number, paidAt, 'grace-in-time')).toMatchObject({
      result: 'booking_paid',
    });
    expect(await booking(code)).toMatchObject({
      status: 'paid',
      paidAt,
      segments: 6,
      tickets: 1,
    });
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('paid after the deadline: refunded to KAIPay as before, no ticket; the hold ends with the grace', async () => {
    const wallet = await activeWallet();
    const { code, number, deadline } = await holdWithVa(wallet.id, '2A');
    advanceClock(deadline - now() + 2 * MIN);
    expect(await notify(code, number, deadline + MIN, 'grace-late')).toMatchObject({
      result: 'refunded',
      amount: 600_000,
    });
    expect(await balance(wallet.id)).toBe(600_000);
    expect(await booking(code)).toMatchObject({ status: 'awaiting_payment', tickets: 0 });
    advanceClock(8 * MIN);
    await expireOverdue();
    expect(await booking(code)).toMatchObject({ status: 'expired', segments: 0, tickets: 0 });
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('a bank time before the VA existed or malformed counts as the arrival time: refunded', async () => {
    const wallet = await activeWallet();
    const early = await holdWithVa(wallet.id, '3A');
    advanceClock(early.deadline - now() + 3 * MIN);
    expect(
      await notify(early.code, early.number, early.deadline - 2 * 60 * MIN, 'grace-forged'),
    ).toMatchObject({ result: 'refunded' });
    const odd = await holdWithVa(wallet.id, '4A');
    advanceClock(odd.deadline - now() + 3 * MIN);
    expect(await notify(odd.code, odd.number, 'kemarin sore', 'grace-malformed')).toMatchObject({
      result: 'refunded',
    });
    expect([(await booking(early.code)).tickets, (await booking(odd.code)).tickets]).toEqual([
      0, 0,
    ]);
    expect(await balance(wallet.id)).toBe(1_200_000);
  });

  it('after the grace the hold is gone: even an in-time bank time is refunded, never a ticket', async () => {
    const wallet = await activeWallet();
    const { code, number, deadline } = await holdWithVa(wallet.id, '5A');
    advanceClock(deadline - now() + 11 * MIN);
    expect(await notify(code, number, deadline - MIN, 'grace-too-late')).toMatchObject({
      result: 'refunded',
    });
    expect(await booking(code)).toMatchObject({ status: 'expired', segments: 0, tickets: 0 });
  });

  it('the grace is a setting', async () => {
    await setSetting('payment_grace_minutes', 0);
    const user = await addPassenger('nograce@contoh.id');
    const { code, deadline } = await holdWithVa(user, '6A');
    advanceClock(deadline - now());
    await expireOverdue();
    expect(await booking(code)).toMatchObject({ status: 'expired', segments: 0 });
  });
});

describe('what the grace does not extend', () => {
  it('a hold without a closed VA or retail code expires on time', async () => {
    const user = await addPassenger('plain@contoh.id');
    const code = await holdSeat(user, '7A');
    advanceClock((await booking(code)).deadline - now());
    await expireOverdue();
    expect(await booking(code)).toMatchObject({ status: 'expired', segments: 0 });
  });

  it('in the grace period KAIPay cannot pay and no new code is issued', async () => {
    const wallet = await activeWallet();
    const { code, deadline } = await holdWithVa(wallet.id, '8A');
    advanceClock(deadline - now() + MIN);
    expect(await payWithKaipay(wallet.id, code, '582917')).toEqual({
      ok: false,
      code: 'hold_expired',
    });
    expect(await createBookingPaymentCode(wallet.id, code, 'BNI')).toEqual({
      ok: false,
      code: 'not_payable',
    });
    expect((await booking(code)).status).toBe('awaiting_payment');
  });
});
