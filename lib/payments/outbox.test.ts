import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import {
  allowOutboxWrites,
  isOutboxDown,
  refuseOutboxWrites,
} from '@/lib/notify/testing/outbox-fault';
import { addPassenger, openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { applyNotification } from './apply';
import { ensureOpenVa } from './accounts';
import { createBookingPaymentCode } from './booking-payment';
import { NotificationSchema } from './notification';
import { bookingOrderId } from './order-ids';
import { holdSeat } from './testing/booking-fixtures';
import { txId, vaNotification } from './testing/notify-fixtures';
import { countRows, walletBalance } from './testing/db';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openSeededDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

const apply = (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
const messagesLike = async (phone: string, pattern: string) =>
  (await row<{ n: number }>(
    sql`select count(*) as n from notifications where phone = ${phone} and body like ${pattern}`,
  ))!.n;

describe("a bank notification's message to the passenger (transactional outbox)", () => {
  it('a credited top-up and its message commit together; a duplicate or a returned payment writes none', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BRI');
    const body = vaNotification(number, 1_900_000, 'settlement', txId('tx-outbox-1'), 'bri');
    expect((await apply(body)).result).toBe('credited');
    expect(await messagesLike(user.phone, 'Top up berhasil%')).toBe(1);
    expect((await apply(body)).result).toBe('duplicate');
    // Past the Regular maximum balance: returned to the bank, no money moved, no message.
    const over = vaNotification(number, 200_000, 'settlement', txId('tx-outbox-2'), 'bri');
    expect((await apply(over)).result).toBe('returned');
    expect(await messagesLike(user.phone, 'Top up berhasil%')).toBe(1);
    expect(await walletBalance(user.id)).toBe(1_900_000);
  });

  it('when the outbox refuses the message, nothing of the notification commits and a redelivery credits once', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const body = vaNotification(number, 150_000, 'settlement', txId('tx-outbox-3'));
    await refuseOutboxWrites();
    await expect(apply(body)).rejects.toSatisfy(isOutboxDown);
    expect(await walletBalance(user.id)).toBe(0);
    expect(await countRows('bank_payments')).toBe(0);
    expect(await countRows('payment_notifications')).toBe(0);
    // The route answers 500, so the bank delivers again.
    await allowOutboxWrites();
    expect((await apply(body)).result).toBe('credited');
    expect(await walletBalance(user.id)).toBe(150_000);
    expect(await messagesLike(user.phone, 'Top up berhasil%')).toBe(1);
  });

  it('a booking paid by VA: the e-ticket message commits with the payment, once; refused, neither', async () => {
    const user = await addPassenger('outbox@contoh.id');
    const code = await holdSeat(user);
    const va = await createBookingPaymentCode(user, code, 'BNI');
    if (!va.ok) throw new Error('no va');
    const paid = (id: string) =>
      vaNotification(va.number, 600_000, 'settlement', txId(id), 'bni', bookingOrderId(code));
    const status = async () =>
      (await row<{ status: string }>(sql`select status from bookings where code = ${code}`))!
        .status;
    await refuseOutboxWrites();
    await expect(apply(paid('tx-outbox-4'))).rejects.toSatisfy(isOutboxDown);
    expect(await status()).toBe('awaiting_payment');
    expect(await countRows('tickets')).toBe(0);
    await allowOutboxWrites();
    expect(await apply(paid('tx-outbox-4'))).toMatchObject({ result: 'booking_paid' });
    expect(await apply(paid('tx-outbox-4'))).toMatchObject({ result: 'duplicate' });
    expect(await status()).toBe('paid');
    // holdSeat's contact phone, in +62 form.
    expect(await messagesLike('+6281299990000', `E-tiket KAI Access ${code} %`)).toBe(1);
  });
});
