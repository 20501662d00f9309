import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, isUniqueViolation, row } from '@/db';
import { env } from '@/lib/env';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { POST } from '@/app/api/payments/notify/route';
import { applyNotification } from './apply';
import { ensureOpenVa } from './accounts';
import { retailCodeFor } from './testing/retail';
import { openPaymentFlags } from './flags';
import { NotificationSchema, signNotification } from './notification';
import { retailTopUpOrderId } from './order-ids';
import { txId, vaNotification } from './testing/notify-fixtures';
import { addFeePromo, countRows, spend, walletBalance as balance } from './testing/db';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
  await addFeePromo();
});
afterEach(async () => {
  await cleanup();
});

const apply = (body: object) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
const post = (body: object) =>
  POST(
    new Request('http://localhost/api/payments/notify', {
      method: 'POST',
      body: JSON.stringify(body),
    }),
  );
const spendAll = (userId: number) => spend(userId, `spend-${userId}`);
/** The driver's own message under Drizzle's wrapping. */
function driverMessage(error: unknown): string {
  let e = error as { cause?: unknown; message?: string } | undefined;
  while (e?.cause) e = e.cause as typeof e;
  return String(e?.message);
}
/** A signed settlement for a retail top-up code, as the bank sends it. */
function retailBody(code: string, amount: number, transactionId: string) {
  const base = {
    order_id: retailTopUpOrderId(code),
    status_code: '200',
    gross_amount: `${amount}.00`,
    transaction_status: 'settlement',
    transaction_id: transactionId,
    payment_type: 'cstore',
    payment_code: code,
    store: 'indomaret',
  };
  return { ...base, signature_key: signNotification(base, env().PAYMENT_SERVER_KEY) };
}

describe('one bank order credits at most once (issue 9.3)', () => {
  it('a retail code credited once is never credited again under another transaction id: recorded and flagged', async () => {
    const user = await activeWallet();
    const { code } = await retailCodeFor(user.id, 'INDOMARET', 100_000);
    const body = retailBody(code, 100_000, txId('retail-first'));
    expect((await apply(body)).result).toBe('credited');
    await spendAll(user.id);
    // transaction_id is not signed: the captured body with another one.
    expect(await apply({ ...body, transaction_id: txId('retail-replay') })).toMatchObject({
      result: 'flagged',
      flag: 'second_payment',
    });
    expect((await apply({ ...body, transaction_id: txId('retail-replay') })).result).toBe(
      'duplicate',
    );
    expect(await balance(user.id)).toBe(0);
    expect(await openPaymentFlags()).toEqual([
      expect.objectContaining({
        kind: 'second_payment',
        orderId: body.order_id,
        transactionId: txId('retail-replay'),
        transactionStatus: 'settlement',
      }),
    ]);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('a payment returned to the bank does not free its order for a replay', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    expect((await apply(vaNotification(number, 1_950_000))).result).toBe('credited');
    const { code } = await retailCodeFor(user.id, 'INDOMARET', 100_000);
    // Over the Regular maximum balance: returned to the bank, nothing credited.
    const body = retailBody(code, 100_000, txId('returned-first'));
    expect(await apply(body)).toMatchObject({ result: 'returned', reason: 'over_max_balance' });
    await spendAll(user.id);
    expect(await apply({ ...body, transaction_id: txId('returned-replay') })).toMatchObject({
      result: 'flagged',
      flag: 'second_payment',
    });
    expect(await balance(user.id)).toBe(0);
    expect(await openPaymentFlags()).toHaveLength(1);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('the database itself refuses a second credited payment row for one order', async () => {
    const user = await activeWallet();
    const { code } = await retailCodeFor(user.id, 'INDOMARET', 100_000);
    expect((await apply(retailBody(code, 100_000, txId('db-first')))).result).toBe('credited');
    const first = (await row<Record<string, string | number>>(
      sql`select * from bank_payments where provider_transaction_id = ${txId('db-first')}`,
    ))!;
    const refused = await inTransaction((tx) =>
      execute(
        sql`insert into bank_payments (provider_transaction_id, order_id, payment_account_id, user_id, bank, gross_amount, status, transfer_id, created_at, updated_at)
           values (${txId('db-second')}, ${first.order_id}, ${first.payment_account_id}, ${first.user_id}, ${first.bank}, ${first.gross_amount}, 'settlement', ${first.transfer_id}, 0, 0)`,
        tx,
      ),
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isUniqueViolation(refused)).toBe(true);
    // The order's credit index, not the transaction id's (that one is new).
    expect(driverMessage(refused)).toMatch(
      /bank_payments_order_credit_unique|bank_payments\.order_id/,
    );
    expect(await countRows('bank_payments')).toBe(1);
  });
});

describe('every signed field has one exact form (issue 9.4)', () => {
  it('refuses a returned body re-split as order_id+"200", "200", "50000.00"', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const original = vaNotification(number, 20_050_000, 'settlement', txId('big-one'));
    expect((await post(original)).status).toBe(200);
    expect(await balance(user.id)).toBe(0); // over the maximum balance: returned to the bank
    const resplit = {
      ...original,
      order_id: `${original.order_id}200`,
      status_code: '200',
      gross_amount: '50000.00',
      transaction_id: `${original.transaction_id}200`,
    };
    // The signature still checks out: the concatenation is the same string.
    expect(signNotification(resplit, env().PAYMENT_SERVER_KEY)).toBe(original.signature_key);
    expect((await post(resplit)).status).toBe(400);
    expect(await balance(user.id)).toBe(0);
    expect(await countRows('bank_payments')).toBe(1);
  });

  it('refuses order ids not of our shape, unknown status codes, leading zeros and another amount for a closed order', async () => {
    const user = await activeWallet();
    const { code } = await retailCodeFor(user.id, 'INDOMARET', 100_000);
    const good = retailBody(code, 100_000, txId('shape'));
    const parse = (b: object) => NotificationSchema.safeParse(b).success;
    expect(parse(good)).toBe(true);
    expect(parse({ ...good, order_id: 'TOPUP-ABC' })).toBe(false);
    expect(parse({ ...good, order_id: 'BOOKING-ABC1234X' })).toBe(false);
    expect(parse({ ...good, order_id: 'ORDER-1' })).toBe(false);
    // A retail order id lengthened by a re-split ("200" borrowed from the status code) is no code.
    expect(parse({ ...good, order_id: `${good.order_id}200` })).toBe(false);
    expect(parse({ ...good, status_code: '203' })).toBe(false);
    expect(parse({ ...good, gross_amount: '0100000.00' })).toBe(false);
    expect(parse({ ...good, transaction_id: 'tx-not-a-uuid' })).toBe(false);
    // Correctly signed, right shape, but not the code's amount: refused before anything is written.
    expect(await apply(retailBody(code, 50_000, txId('short')))).toEqual({
      result: 'inconsistent',
    });
    // Our shape, but not this code's order.
    expect(await apply({ ...good, order_id: `${good.order_id}2` })).toEqual({
      result: 'inconsistent',
    });
    expect(await countRows('bank_payments')).toBe(0);
  });
});

describe('statuses after settlement are flagged, not ignored (issue 9.13)', () => {
  it('a cancel, expire or chargeback after settlement is recorded and flagged once; the money stays', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BNI');
    const id = txId('settled-then-reversed');
    expect((await apply(vaNotification(number, 60_000, 'settlement', id, 'bni'))).result).toBe(
      'credited',
    );
    for (const status of ['cancel', 'expire', 'chargeback', 'cancel'] as const)
      expect(await apply(vaNotification(number, 60_000, status, id, 'bni'))).toMatchObject({
        result: 'flagged',
        flag: 'status_after_final',
      });
    expect((await apply(vaNotification(number, 60_000, 'pending', id, 'bni'))).result).toBe(
      'duplicate',
    );
    expect((await openPaymentFlags()).map((f) => f.transactionStatus)).toEqual([
      'cancel',
      'expire',
      'chargeback',
    ]);
    expect(
      await row(sql`select count(*) as n from payment_notifications where result = 'flagged'`),
    ).toEqual({ n: 4 });
    expect(
      await row(sql`select status from bank_payments where provider_transaction_id = ${id}`),
    ).toEqual({ status: 'settlement' });
    expect(await balance(user.id)).toBe(60_000);
  });
});
