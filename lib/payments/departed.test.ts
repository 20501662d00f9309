import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row } from '@/db';
import { advanceClock, now } from '@/lib/clock';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { applyNotification } from './apply';
import { ensureOpenVa } from './accounts';
import { createBookingPaymentCode } from './booking-payment';
import { NotificationSchema } from './notification';
import { bookingOrderId } from './order-ids';
import { holdSeat } from './testing/booking-fixtures';
import { vaNotification } from './testing/notify-fixtures';
import { countRows, walletBalance as balance } from './testing/db';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openSeededDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

const apply = (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
const bookingStatus = async (code: string) =>
  (await row<{ status: string }>(sql`select status from bookings where code = ${code}`))!.status;
const tickets = () => countRows('tickets');
/** A hold that outlives its train: booked 10 minutes before departure, paid 11 minutes later. */
async function trainLeavesIn10Minutes(code: string) {
  const departsAt = now() + 10 * 60_000;
  await inTransaction((tx) =>
    execute(sql`update bookings set departs_at = ${departsAt} where code = ${code}`, tx),
  );
}

describe('a hold cannot be paid after its train has left (issue 9.13)', () => {
  it('KAIPay refuses and charges nothing', async () => {
    const user = await activeWallet('582917');
    const { number } = await ensureOpenVa(user.id, 'BCA');
    expect((await apply(vaNotification(number, 1_000_000))).result).toBe('credited');
    const code = await holdSeat(user.id);
    await trainLeavesIn10Minutes(code);
    advanceClock(11 * 60_000);
    expect(await payWithKaipay(user.id, code, '582917')).toEqual({ ok: false, code: 'departed' });
    expect(await balance(user.id)).toBe(1_000_000);
    expect(await bookingStatus(code)).toBe('awaiting_payment');
    expect(await tickets()).toBe(0);
  });

  it('bank money for it is refunded like late money, with no ticket; no new number is handed out', async () => {
    const user = await activeWallet('582917');
    const code = await holdSeat(user.id);
    const va = await createBookingPaymentCode(user.id, code, 'BNI');
    if (!va.ok) throw new Error(va.code);
    await trainLeavesIn10Minutes(code);
    advanceClock(11 * 60_000);
    expect(await createBookingPaymentCode(user.id, code, 'BCA')).toEqual({
      ok: false,
      code: 'departed',
    });
    const body = vaNotification(
      va.number,
      va.amount,
      'settlement',
      undefined,
      'bni',
      bookingOrderId(code),
    );
    expect(await apply(body)).toMatchObject({ result: 'refunded', amount: va.amount });
    expect(await balance(user.id)).toBe(va.amount);
    expect(await bookingStatus(code)).not.toBe('paid');
    expect(await tickets()).toBe(0);
    expect(await checkLedgerInvariants()).toEqual([]);
  });
});
