import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
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

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

const sqlite = () => getDb().$client;
const apply = (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
const booking = (code: string) =>
  sqlite().prepare('select id, status from bookings where code = ?').get(code) as {
    id: number;
    status: string;
  };
const balance = (userId: number) =>
  (
    sqlite().prepare('select balance from wallets where user_id = ?').get(userId) as {
      balance: number;
    }
  ).balance;
const tickets = () => (sqlite().prepare('select count(*) n from tickets').get() as { n: number }).n;
/** A hold that outlives its train: booked 10 minutes before departure, paid 11 minutes later. */
function trainLeavesIn10Minutes(code: string) {
  sqlite()
    .prepare('update bookings set departs_at = ? where code = ?')
    .run(now() + 10 * 60_000, code);
}

describe('a hold cannot be paid after its train has left (issue 9.13)', () => {
  it('KAIPay refuses and charges nothing', async () => {
    const user = await activeWallet('582917');
    const { number } = await ensureOpenVa(user.id, 'BCA');
    expect(apply(vaNotification(number, 1_000_000)).result).toBe('credited');
    const code = holdSeat(user.id);
    trainLeavesIn10Minutes(code);
    advanceClock(11 * 60_000);
    expect(await payWithKaipay(user.id, code, '582917')).toEqual({ ok: false, code: 'departed' });
    expect(balance(user.id)).toBe(1_000_000);
    expect(booking(code).status).toBe('awaiting_payment');
    expect(tickets()).toBe(0);
  });

  it('bank money for it is refunded like late money, with no ticket; no new number is handed out', async () => {
    const user = await activeWallet('582917');
    const code = holdSeat(user.id);
    const va = await createBookingPaymentCode(user.id, code, 'BNI');
    if (!va.ok) throw new Error(va.code);
    trainLeavesIn10Minutes(code);
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
    expect(apply(body)).toMatchObject({ result: 'refunded', amount: va.amount });
    expect(balance(user.id)).toBe(va.amount);
    expect(booking(code).status).not.toBe('paid');
    expect(tickets()).toBe(0);
    expect(checkLedgerInvariants()).toEqual([]);
  });
});
