import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { advanceClock } from '@/lib/clock';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { postTransfer } from '@/lib/ledger/transfer';
import { systemAccountId, walletAccountId } from '@/lib/ledger/accounts';
import { setSetting } from '@/lib/settings';
import { applyNotification } from './apply';
import { ensureOpenVa } from './accounts';
import { retailCodeFor } from './testing/retail';
import { NotificationSchema } from './notification';
import { txId, vaNotification } from './testing/notify-fixtures';
import { openVaOrderId, retailTopUpOrderId } from './order-ids';
import { topUpFee } from './fees';

let tmp: ReturnType<typeof openTempDb>;
beforeEach(() => {
  tmp = openTempDb();
  // As seeded: the launch promo makes top-ups free.
  getDb()
    .$client.prepare(
      "insert into fee_promos (name, starts_at, ends_at, fee, created_at) values ('Gratis biaya admin', 0, 9e15, 0, 0)",
    )
    .run();
});
afterEach(() => tmp.cleanup());

const apply = (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
const balance = (userId: number) =>
  (
    getDb().$client.prepare('select balance from wallets where user_id = ?').get(userId) as {
      balance: number;
    }
  ).balance;
function spend(userId: number, amount: number, key: string) {
  getDb().transaction(
    (tx) => {
      const result = postTransfer(tx, {
        kind: 'payment',
        idempotencyKey: key,
        reference: key,
        entries: [
          { accountId: walletAccountId(tx, userId)!, amount: -amount },
          { accountId: systemAccountId(tx, 'ticket_revenue'), amount },
        ],
      });
      if (!result.ok) throw new Error(result.code);
    },
    { behavior: 'immediate' },
  );
}
const statusOf = (id: string) =>
  getDb()
    .$client.prepare('select status, outcome from bank_payments where provider_transaction_id = ?')
    .get(id);

describe('applying payment notifications', () => {
  it('credits a settlement once, however often it is repeated, and says "Top up berhasil"', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const body = vaNotification(number, 150_000);
    const results = Array.from({ length: 10 }, () => apply(body).result);
    expect(results).toEqual(['credited', ...Array(9).fill('duplicate')]);
    expect(balance(user.id)).toBe(150_000);
    expect(getDb().$client.prepare('select count(*) n from payment_notifications').get()).toEqual({
      n: 10,
    });
    await new Promise((r) => setTimeout(r, 50));
    const message = getDb()
      .$client.prepare(
        "select body from notifications where phone = ? and body like 'Top up berhasil%'",
      )
      .get(user.phone) as { body: string };
    expect(message.body).toContain('Rp 150.000');
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a captured notification replayed with another VA or transaction id', async () => {
    const user = await activeWallet();
    const victim = await activeWallet('582917', '1');
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const { number: other } = await ensureOpenVa(victim.id, 'BCA');
    const body = vaNotification(number, 100_000, 'settlement', txId('tx-captured-01'));
    expect(apply(body).result).toBe('credited');
    // The signature still checks out (order id, status code and amount unchanged), the rest is forged.
    expect(apply({ ...body, transaction_id: txId('tx-forged-0001') })).toEqual({
      result: 'inconsistent',
    });
    expect(apply({ ...body, va_numbers: [{ bank: 'bca', va_number: other }] })).toEqual({
      result: 'inconsistent',
    });
    expect(
      apply({
        ...vaNotification(number, 100_000, 'settlement', txId('tx-other-0001')),
        order_id: openVaOrderId(number, txId('tx-captured-01')),
      }).result,
    ).toBe('inconsistent');
    expect(balance(user.id)).toBe(100_000);
    expect(balance(victim.id)).toBe(0);
  });

  it('moves statuses forward only: a late pending after settlement changes nothing, settlement after pending credits', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BNI');
    const early = vaNotification(number, 50_000, 'settlement', txId('tx-settle-first'), 'bni');
    expect(apply(early).result).toBe('credited');
    expect(
      apply(vaNotification(number, 50_000, 'pending', txId('tx-settle-first'), 'bni')).result,
    ).toBe('duplicate');
    expect(statusOf(txId('tx-settle-first'))).toEqual({
      status: 'settlement',
      outcome: 'credited',
    });
    expect(
      apply(vaNotification(number, 70_000, 'pending', txId('tx-normal-0001'), 'bni')).result,
    ).toBe('recorded');
    expect(balance(user.id)).toBe(50_000);
    expect(
      apply(vaNotification(number, 70_000, 'settlement', txId('tx-normal-0001'), 'bni')).result,
    ).toBe('credited');
    expect(balance(user.id)).toBe(120_000);
  });

  it('returns a payment that would pass the Regular maximum balance, and one past the monthly incoming limit', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BRI');
    expect(
      apply(vaNotification(number, 1_900_000, 'settlement', txId('tx-big-0001'), 'bri')).result,
    ).toBe('credited');
    expect(
      apply(vaNotification(number, 200_000, 'settlement', txId('tx-over-0001'), 'bri')),
    ).toEqual({
      result: 'returned',
      reason: 'over_max_balance',
      userId: user.id,
    });
    expect(statusOf(txId('tx-over-0001'))).toEqual({
      status: 'returned',
      outcome: 'over_max_balance',
    });
    expect(balance(user.id)).toBe(1_900_000);
    // Monthly incoming: Rp 20.000.000 for Regular. Spend the balance and top up again until the month is full.
    for (let i = 0; i < 10; i++) {
      spend(user.id, 1_900_000, `spend-${i}`);
      expect(
        apply(vaNotification(number, 1_900_000, 'settlement', txId(`tx-round-${i}`), 'bri')).result,
      ).toBe(i < 9 ? 'credited' : 'returned');
    }
    expect(statusOf(txId('tx-round-9'))).toEqual({
      status: 'returned',
      outcome: 'over_monthly_limit',
    });
    expect(balance(user.id)).toBe(0);
    expect(checkLedgerInvariants()).toEqual([]);
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
    expect(retail(90_000, txId('tx-short-0001'))).toEqual({ result: 'inconsistent' });
    advanceClock(25 * 3600_000);
    expect(retail(100_000, txId('tx-late-0001'))).toMatchObject({
      result: 'returned',
      reason: 'expired_code',
    });
    expect(apply(vaNotification('3935800000000000', 100_000))).toEqual({
      result: 'unknown_account',
    });
    expect(balance(user.id)).toBe(0);
  });

  it('charges the bank fee outside the promo and books it as fee revenue', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'MANDIRI');
    getDb().$client.prepare('delete from fee_promos').run();
    setSetting('topup_fee_MANDIRI', 2_500);
    expect(topUpFee('MANDIRI')).toEqual({ fee: 2_500, promo: null });
    expect(
      apply(vaNotification(number, 100_000, 'settlement', txId('tx-fee-0001'), 'mandiri')),
    ).toMatchObject({ result: 'credited', amount: 97_500, fee: 2_500 });
    expect(balance(user.id)).toBe(97_500);
    const fees = getDb()
      .$client.prepare(
        "select sum(e.amount) s from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.code = 'fee_revenue'",
      )
      .get();
    expect(fees).toEqual({ s: 2_500 });
    getDb()
      .$client.prepare(
        "insert into fee_promos (name, starts_at, ends_at, fee, created_at) values ('Promo', 0, 9e15, 0, 0)",
      )
      .run();
    expect(topUpFee('MANDIRI')).toEqual({ fee: 0, promo: 'Promo' });
  });
});
