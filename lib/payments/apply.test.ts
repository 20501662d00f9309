import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row } from '@/db';
import { advanceClock } from '@/lib/clock';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { setSetting } from '@/lib/settings';
import { applyNotification } from './apply';
import { ensureOpenVa } from './accounts';
import { retailCodeFor } from './testing/retail';
import { NotificationSchema } from './notification';
import { txId, vaNotification } from './testing/notify-fixtures';
import { addFeePromo, countRows, spend, walletBalance as balance } from './testing/db';
import { openVaOrderId, retailTopUpOrderId } from './order-ids';
import { topUpFee } from './fees';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
  // As seeded: the launch promo makes top-ups free.
  await addFeePromo('Gratis biaya admin');
});
afterEach(async () => {
  await cleanup();
});

const apply = (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
const statusOf = (id: string) =>
  row(sql`select status, outcome from bank_payments where provider_transaction_id = ${id}`);

describe('applying payment notifications', () => {
  it('credits a settlement once, however often it is repeated, and says "Top up berhasil"', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const body = vaNotification(number, 150_000);
    const results: string[] = [];
    for (let i = 0; i < 10; i++) results.push((await apply(body)).result);
    expect(results).toEqual(['credited', ...Array(9).fill('duplicate')]);
    expect(await balance(user.id)).toBe(150_000);
    expect(await countRows('payment_notifications')).toBe(10);
    // Written to the outbox in the transaction that credited, before the notification is answered.
    const message = await row<{ body: string }>(
      sql`select body from notifications where phone = ${user.phone} and body like 'Top up berhasil%'`,
    );
    expect(message!.body).toContain('Rp 150.000');
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a captured notification replayed with another VA or transaction id', async () => {
    const user = await activeWallet();
    const victim = await activeWallet('582917', '1');
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const { number: other } = await ensureOpenVa(victim.id, 'BCA');
    const body = vaNotification(number, 100_000, 'settlement', txId('tx-captured-01'));
    expect((await apply(body)).result).toBe('credited');
    // The signature still checks out (order id, status code and amount unchanged), the rest is forged.
    expect(await apply({ ...body, transaction_id: txId('tx-forged-0001') })).toEqual({
      result: 'inconsistent',
    });
    expect(await apply({ ...body, va_numbers: [{ bank: 'bca', va_number: other }] })).toEqual({
      result: 'inconsistent',
    });
    expect(
      (
        await apply({
          ...vaNotification(number, 100_000, 'settlement', txId('tx-other-0001')),
          order_id: openVaOrderId(number, txId('tx-captured-01')),
        })
      ).result,
    ).toBe('inconsistent');
    expect(await balance(user.id)).toBe(100_000);
    expect(await balance(victim.id)).toBe(0);
  });

  it('moves statuses forward only: a late pending after settlement changes nothing, settlement after pending credits', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BNI');
    const early = vaNotification(number, 50_000, 'settlement', txId('tx-settle-first'), 'bni');
    expect((await apply(early)).result).toBe('credited');
    expect(
      (await apply(vaNotification(number, 50_000, 'pending', txId('tx-settle-first'), 'bni')))
        .result,
    ).toBe('duplicate');
    expect(await statusOf(txId('tx-settle-first'))).toEqual({
      status: 'settlement',
      outcome: 'credited',
    });
    expect(
      (await apply(vaNotification(number, 70_000, 'pending', txId('tx-normal-0001'), 'bni')))
        .result,
    ).toBe('recorded');
    expect(await balance(user.id)).toBe(50_000);
    expect(
      (await apply(vaNotification(number, 70_000, 'settlement', txId('tx-normal-0001'), 'bni')))
        .result,
    ).toBe('credited');
    expect(await balance(user.id)).toBe(120_000);
  });

  it('returns a payment that would pass the Regular maximum balance, and one past the monthly incoming limit', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BRI');
    expect(
      (await apply(vaNotification(number, 1_900_000, 'settlement', txId('tx-big-0001'), 'bri')))
        .result,
    ).toBe('credited');
    expect(
      await apply(vaNotification(number, 200_000, 'settlement', txId('tx-over-0001'), 'bri')),
    ).toEqual({
      result: 'returned',
      reason: 'over_max_balance',
      userId: user.id,
    });
    expect(await statusOf(txId('tx-over-0001'))).toEqual({
      status: 'returned',
      outcome: 'over_max_balance',
    });
    expect(await balance(user.id)).toBe(1_900_000);
    // Monthly incoming: Rp 20.000.000 for Regular. Spend the balance and top up again until the month is full.
    for (let i = 0; i < 10; i++) {
      await spend(user.id, `spend-${i}`, 1_900_000);
      expect(
        (await apply(vaNotification(number, 1_900_000, 'settlement', txId(`tx-round-${i}`), 'bri')))
          .result,
      ).toBe(i < 9 ? 'credited' : 'returned');
    }
    expect(await statusOf(txId('tx-round-9'))).toEqual({
      status: 'returned',
      outcome: 'over_monthly_limit',
    });
    expect(await balance(user.id)).toBe(0);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a retail code paid with another amount, returns one paid after it expired, and ignores unknown numbers', async () => {
    const user = await activeWallet();
    const code = await retailCodeFor(user.id, 'INDOMARET', 100_000);
    const retail = (amount: number, tx: string) => {
      const body = {
        ...vaNotification('0', amount, 'settlement', tx, 'bca', retailTopUpOrderId(code.code)),
        payment_type: 'cstore',
        payment_code: code.code,
        store: 'indomaret',
      } as Record<string, unknown>;
      delete body.va_numbers;
      return applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
    };
    // The amount is part of the order: another amount for a closed code is refused outright.
    expect(await retail(90_000, txId('tx-short-0001'))).toEqual({ result: 'inconsistent' });
    advanceClock(25 * 3600_000);
    expect(await retail(100_000, txId('tx-late-0001'))).toMatchObject({
      result: 'returned',
      reason: 'expired_code',
    });
    expect(await apply(vaNotification('3935800000000000', 100_000))).toEqual({
      result: 'unknown_account',
    });
    expect(await balance(user.id)).toBe(0);
  });

  it('charges the bank fee outside the promo and books it as fee revenue', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'MANDIRI');
    await inTransaction((tx) => execute(sql`delete from fee_promos`, tx));
    await setSetting('topup_fee_MANDIRI', 2_500);
    expect(await topUpFee('MANDIRI')).toEqual({ fee: 2_500, promo: null });
    expect(
      await apply(vaNotification(number, 100_000, 'settlement', txId('tx-fee-0001'), 'mandiri')),
    ).toMatchObject({ result: 'credited', amount: 97_500, fee: 2_500 });
    expect(await balance(user.id)).toBe(97_500);
    const fees = await row(
      sql`select sum(e.amount) as s from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.code = 'fee_revenue'`,
    );
    expect(fees).toEqual({ s: 2_500 });
    await addFeePromo('Promo');
    expect(await topUpFee('MANDIRI')).toEqual({ fee: 0, promo: 'Promo' });
  });
});
