import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engine, execute, inTransaction, row, rows } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { advanceClock } from '@/lib/clock';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { debitWalletForPayment } from '@/lib/wallet/payments';
import { bankClearingAccountId, systemAccountId, walletAccountId } from './accounts';
import { checkLedgerInvariants } from './invariants';
import { postTransfer } from './transfer';
import type { Tx } from '@/lib/transaction';

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  db = await openTempDb();
});
afterEach(async () => {
  await db.cleanup();
});

const tx = <T>(fn: (t: Tx) => Promise<T>): Promise<T> => inTransaction(fn);
/** A raw write, in a transaction of its own as every write must be. */
const write = (query: ReturnType<typeof sql>) => inTransaction((t) => execute(query, t));
/** The messages of an error and of the driver errors it wraps (Drizzle puts the query first). */
const failure = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    const messages: string[] = [];
    for (let e = error; e; e = (e as { cause?: unknown }).cause) messages.push(String(e));
    return messages.join(' | ');
  }
  return 'no error';
};
const pay = (userId: number, amount: number, key: string) =>
  tx((t) =>
    debitWalletForPayment(t, { userId, amount, idempotencyKey: key, reference: 'NKD2F0P' }),
  );

describe('ledger transfers', () => {
  it('a top-up and a payment move money both ways; balances equal the entries; invariants hold', async () => {
    const u = await activeWallet();
    expect(await topUp(u.id, 500_000, 'va-1')).toMatchObject({
      ok: true,
      created: true,
      balanceAfter: 500_000,
    });
    expect(await pay(u.id, 150_000, 'pay-1')).toMatchObject({
      ok: true,
      created: true,
      balanceAfter: 350_000,
    });
    const revenue = await tx((t) => systemAccountId(t, 'ticket_revenue'));
    const sums = await rows<{ account_id: number; s: number }>(
      sql`select account_id, sum(amount) s from ledger_entries group by account_id`,
    );
    expect(sums.find((r) => r.account_id === revenue)?.s).toBe(150_000);
    expect(sums.reduce((a, r) => a + r.s, 0)).toBe(0);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('an idempotency key moves money once; a different amount under it is refused', async () => {
    const u = await activeWallet();
    expect(await topUp(u.id, 100_000, 'va-dup')).toMatchObject({ ok: true, created: true });
    const again = await topUp(u.id, 100_000, 'va-dup');
    expect(again).toMatchObject({ ok: true, created: false, balanceAfter: 100_000 });
    expect(await topUp(u.id, 90_000, 'va-dup')).toEqual({
      ok: false,
      code: 'idempotency_conflict',
    });
    expect(await pay(u.id, 40_000, 'pay-dup')).toMatchObject({
      created: true,
      balanceAfter: 60_000,
    });
    expect(await pay(u.id, 40_000, 'pay-dup')).toMatchObject({
      created: false,
      balanceAfter: 60_000,
    });
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('refuses, writing nothing, a payment above the balance and a top-up above the Regular maximum', async () => {
    const u = await activeWallet();
    expect(await pay(u.id, 1, 'pay-empty')).toEqual({ ok: false, code: 'insufficient_balance' });
    expect(await topUp(u.id, 2_000_001)).toEqual({ ok: false, code: 'over_max_balance' });
    expect(await topUp(u.id, 2_000_000)).toMatchObject({ ok: true, balanceAfter: 2_000_000 });
    expect(await row(sql`select count(*) n from ledger_transfers`)).toEqual({ n: 1 });
  });

  it('enforces the monthly incoming limit (Regular Rp 20.000.000) across top-ups and payments', async () => {
    const u = await activeWallet();
    for (let i = 0; i < 10; i++) {
      expect(await topUp(u.id, 2_000_000)).toMatchObject({ ok: true });
      expect(await pay(u.id, 2_000_000, `spend-${i}`)).toMatchObject({ ok: true });
    }
    expect(await topUp(u.id, 1)).toEqual({ ok: false, code: 'over_monthly_limit' });
    advanceClock(32 * 24 * 60 * 60_000);
    expect(await topUp(u.id, 1_000)).toMatchObject({ ok: true });
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a payment from a locked or inactive wallet with a typed result', async () => {
    const u = await activeWallet();
    await topUp(u.id, 10_000);
    await write(
      sql`update wallets set pin_locked_until = ${Date.now() + 60_000} where user_id = ${u.id}`,
    );
    expect(await pay(u.id, 5_000, 'locked')).toEqual({ ok: false, code: 'wallet_locked' });
    expect(
      await tx((t) =>
        debitWalletForPayment(t, {
          userId: 999_999,
          amount: 5_000,
          idempotencyKey: 'nobody',
          reference: 'x',
        }),
      ),
    ).toEqual({ ok: false, code: 'wallet_inactive' });
  });

  it('the database refuses what the code would never write: a negative balance, an edit of history', async () => {
    const u = await activeWallet();
    // SQLite says "CHECK constraint failed", PostgreSQL "violates check constraint".
    expect(
      await failure(write(sql`update wallets set balance = -1 where user_id = ${u.id}`)),
    ).toMatch(/check constraint/i);
    expect(
      await failure(
        write(sql`update wallets set balance = max_balance + 1 where user_id = ${u.id}`),
      ),
    ).toMatch(/check constraint/i);
    await topUp(u.id, 10_000);
    expect(await failure(write(sql`update ledger_entries set amount = amount + 1`))).toMatch(
      /append-only/,
    );
    expect(await failure(write(sql`delete from ledger_transfers`))).toMatch(/append-only/);
    expect(await row(sql`select count(*) n from ledger_transfers`)).toEqual({ n: 1 });
  });

  it('postTransfer throws on unbalanced entries (a bug, not a refusal)', async () => {
    const u = await activeWallet();
    await expect(
      tx(async (t) =>
        postTransfer(t, {
          kind: 'adjustment',
          idempotencyKey: 'bad',
          reference: 'x',
          entries: [
            { accountId: (await walletAccountId(t, u.id))!, amount: 100 },
            { accountId: await bankClearingAccountId(t, 'BNI'), amount: -99 },
          ],
        }),
      ),
    ).rejects.toThrow(/unbalanced/);
  });
});

describe('checkLedgerInvariants', () => {
  it('catches a corrupted entry, a balance that disagrees with its entries, and a transfer that does not sum to zero', async () => {
    const u = await activeWallet();
    await topUp(u.id, 300_000, 'va-x');
    expect(await checkLedgerInvariants()).toEqual([]);
    await write(
      engine() === 'pg'
        ? sql`drop trigger ledger_entries_no_update on ledger_entries`
        : sql`drop trigger ledger_entries_no_update`,
    );
    await write(
      sql`update ledger_entries set amount = amount + 1000 where balance_after is not null`,
    );
    const problems = await checkLedgerInvariants();
    expect(problems.some((p) => /^transfer \d+: 2 entries summing to 1000/.test(p))).toBe(true);
    expect(
      problems.some((p) => /^wallet \d+: balance 300000 but its entries sum to 301000/.test(p)),
    ).toBe(true);
    expect(
      problems.some((p) => /^entry \d+ .*balance after 300000, running sum 301000/.test(p)),
    ).toBe(true);
  });
  it("catches a wallet balance changed behind the ledger's back", async () => {
    const u = await activeWallet();
    await write(sql`update wallets set balance = 5000 where user_id = ${u.id}`);
    expect(await checkLedgerInvariants()).toEqual([
      expect.stringMatching(/balance 5000 but its entries sum to 0/),
    ]);
  });
});
