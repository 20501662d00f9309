import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { advanceClock } from '@/lib/clock';
import { sendMessage, setSender, type OutgoingMessage } from '@/lib/notify/sender';
import {
  allowOutboxWrites,
  isOutboxDown,
  refuseOutboxWrites,
} from '@/lib/notify/testing/outbox-fault';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { refuser, transact } from '@/lib/transaction';
import { debitWalletForPayment } from '@/lib/wallet/payments';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { confirmBookingPaid, queueTicketMessage } from './confirm';
import { payWithKaipay } from './pay-kaipay';
import { balanceOf, bookingRow, holdFor } from './testing/fixtures';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  setSender(null);
  await tmp.cleanup();
});

const PIN = '582917';
// holdFor's contact phone, in +62 form.
const CONTACT = '+6281234567890';
const ticketMessages = async (code: string) =>
  (await row<{ n: number }>(
    sql`select count(*) as n from notifications where phone = ${CONTACT} and body like ${`E-tiket KAI Access ${code} %`}`,
  ))!.n;

describe('the e-ticket message of a KAIPay payment (transactional outbox)', () => {
  it('is there exactly when the payment committed: once after paying, never after a refusal', async () => {
    const u = await activeWallet(PIN);
    const code = await holdFor(u.id);
    await topUp(u.id, (await bookingRow(code)).total - 1);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ code: 'insufficient_balance' });
    expect(await ticketMessages(code)).toBe(0);
    await topUp(u.id, 1);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true, alreadyPaid: false });
    expect(await ticketMessages(code)).toBe(1);
    expect(await payWithKaipay(u.id, code, PIN)).toEqual({ ok: true, alreadyPaid: true });
    expect(await ticketMessages(code)).toBe(1);

    const late = await holdFor(u.id, { seats: ['2A'] });
    await topUp(u.id, (await bookingRow(late)).total);
    advanceClock(61 * 60_000);
    expect(await payWithKaipay(u.id, late, PIN)).toEqual({ ok: false, code: 'hold_expired' });
    expect(await ticketMessages(late)).toBe(0);
  });

  it('a refusal thrown after the message call rolls back the message with the money', async () => {
    const u = await activeWallet(PIN);
    const code = await holdFor(u.id);
    const { id, total } = await bookingRow(code);
    await topUp(u.id, total);
    const refuse = refuser<'changed_mind'>();
    const result = await transact(async (tx) => {
      const debit = await debitWalletForPayment(tx, {
        userId: u.id,
        amount: total,
        idempotencyKey: `booking:${code}:kaipay`,
        reference: code,
      });
      expect(debit.ok).toBe(true);
      expect(
        await confirmBookingPaid(tx, { bookingId: id, method: 'kaipay', at: Date.now() }),
      ).toEqual({ result: 'paid' });
      await queueTicketMessage(tx, id);
      return refuse('changed_mind');
    });
    expect(result).toEqual({ ok: false, code: 'changed_mind' });
    expect(await ticketMessages(code)).toBe(0);
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(u.id)).toBe(total);
  });

  it('when the outbox refuses the message, the payment does not commit either', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id);
    await refuseOutboxWrites();
    await expect(payWithKaipay(u.id, code, PIN)).rejects.toSatisfy(isOutboxDown);
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(u.id)).toBe(2_000_000);
    expect(await row(sql`select count(*) as n from tickets`)).toEqual({ n: 0 });
    await allowOutboxWrites();
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true, alreadyPaid: false });
    expect(await ticketMessages(code)).toBe(1);
  });

  it('a test sender set with setSender never sees a queued message; setSender(null) puts the outbox back', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id);
    const delivered: OutgoingMessage[] = [];
    setSender({ send: async (m) => void delivered.push(m) });
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    expect(delivered).toEqual([]);
    expect(await ticketMessages(code)).toBe(1);
    await sendMessage({ phone: CONTACT, body: 'lewat adaptor' });
    expect(delivered).toMatchObject([{ phone: CONTACT, body: 'lewat adaptor' }]);
    setSender(null);
    await sendMessage({ phone: CONTACT, body: 'lewat outbox' });
    expect(
      await row(sql`select count(*) as n from notifications where body like 'lewat %'`),
    ).toEqual({ n: 1 });
  });
});
