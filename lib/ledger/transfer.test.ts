import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { advanceClock } from '@/lib/clock';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { debitWalletForPayment } from '@/lib/wallet/payments';
import { bankClearingAccountId, systemAccountId, walletAccountId } from './accounts';
import { checkLedgerInvariants } from './invariants';
import { postTransfer } from './transfer';
import type { Tx } from '@/lib/transaction';

let db: ReturnType<typeof openTempDb>;
beforeEach(() => {
  db = openTempDb();
});
afterEach(() => db.cleanup());

const tx = <T>(fn: (t: Tx) => T): T => getDb().transaction(fn, { behavior: 'immediate' });
const pay = (userId: number, amount: number, key: string) =>
  tx((t) =>
    debitWalletForPayment(t, { userId, amount, idempotencyKey: key, reference: 'NKD2F0P' }),
  );

describe('ledger transfers', () => {
  it('a top-up and a payment move money both ways; balances equal the entries; invariants hold', async () => {
    const u = await activeWallet();
    expect(topUp(u.id, 500_000, 'va-1')).toMatchObject({
      ok: true,
      created: true,
      balanceAfter: 500_000,
    });
    expect(pay(u.id, 150_000, 'pay-1')).toMatchObject({
      ok: true,
      created: true,
      balanceAfter: 350_000,
    });
    const revenue = tx((t) => systemAccountId(t, 'ticket_revenue'));
    const sums = getDb()
      .$client.prepare('select account_id, sum(amount) s from ledger_entries group by account_id')
      .all() as { account_id: number; s: number }[];
    expect(sums.find((r) => r.account_id === revenue)?.s).toBe(150_000);
    expect(sums.reduce((a, r) => a + r.s, 0)).toBe(0);
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('an idempotency key moves money once; a different amount under it is refused', async () => {
    const u = await activeWallet();
    expect(topUp(u.id, 100_000, 'va-dup')).toMatchObject({ ok: true, created: true });
    const again = topUp(u.id, 100_000, 'va-dup');
    expect(again).toMatchObject({ ok: true, created: false, balanceAfter: 100_000 });
    expect(topUp(u.id, 90_000, 'va-dup')).toEqual({ ok: false, code: 'idempotency_conflict' });
    expect(pay(u.id, 40_000, 'pay-dup')).toMatchObject({ created: true, balanceAfter: 60_000 });
    expect(pay(u.id, 40_000, 'pay-dup')).toMatchObject({ created: false, balanceAfter: 60_000 });
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('refuses, writing nothing, a payment above the balance and a top-up above the Regular maximum', async () => {
    const u = await activeWallet();
    expect(pay(u.id, 1, 'pay-empty')).toEqual({ ok: false, code: 'insufficient_balance' });
    expect(topUp(u.id, 2_000_001)).toEqual({ ok: false, code: 'over_max_balance' });
    expect(topUp(u.id, 2_000_000)).toMatchObject({ ok: true, balanceAfter: 2_000_000 });
    expect(getDb().$client.prepare('select count(*) n from ledger_transfers').get()).toEqual({
      n: 1,
    });
  });

  it('enforces the monthly incoming limit (Regular Rp 20.000.000) across top-ups and payments', async () => {
    const u = await activeWallet();
    for (let i = 0; i < 10; i++) {
      expect(topUp(u.id, 2_000_000)).toMatchObject({ ok: true });
      expect(pay(u.id, 2_000_000, `spend-${i}`)).toMatchObject({ ok: true });
    }
    expect(topUp(u.id, 1)).toEqual({ ok: false, code: 'over_monthly_limit' });
    advanceClock(32 * 24 * 60 * 60_000);
    expect(topUp(u.id, 1_000)).toMatchObject({ ok: true });
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('refuses a payment from a locked or inactive wallet with a typed result', async () => {
    const u = await activeWallet();
    topUp(u.id, 10_000);
    getDb()
      .$client.prepare('update wallets set pin_locked_until = ? where user_id = ?')
      .run(Date.now() + 60_000, u.id);
    expect(pay(u.id, 5_000, 'locked')).toEqual({ ok: false, code: 'wallet_locked' });
    expect(
      tx((t) =>
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
    expect(() =>
      getDb().$client.prepare('update wallets set balance = -1 where user_id = ?').run(u.id),
    ).toThrow(/CHECK/);
    expect(() =>
      getDb()
        .$client.prepare('update wallets set balance = max_balance + 1 where user_id = ?')
        .run(u.id),
    ).toThrow(/CHECK/);
    topUp(u.id, 10_000);
    expect(() =>
      getDb().$client.prepare('update ledger_entries set amount = amount + 1').run(),
    ).toThrow(/append-only/);
    expect(() => getDb().$client.prepare('delete from ledger_transfers').run()).toThrow(
      /append-only/,
    );
  });

  it('postTransfer throws on unbalanced entries (a bug, not a refusal)', async () => {
    const u = await activeWallet();
    expect(() =>
      tx((t) =>
        postTransfer(t, {
          kind: 'adjustment',
          idempotencyKey: 'bad',
          reference: 'x',
          entries: [
            { accountId: walletAccountId(t, u.id)!, amount: 100 },
            { accountId: bankClearingAccountId(t, 'BNI'), amount: -99 },
          ],
        }),
      ),
    ).toThrow(/unbalanced/);
  });
});

describe('checkLedgerInvariants', () => {
  it('catches a corrupted entry, a balance that disagrees with its entries, and a transfer that does not sum to zero', async () => {
    const u = await activeWallet();
    topUp(u.id, 300_000, 'va-x');
    expect(checkLedgerInvariants()).toEqual([]);
    const raw = getDb().$client;
    raw.exec('drop trigger ledger_entries_no_update');
    raw
      .prepare('update ledger_entries set amount = amount + 1000 where balance_after is not null')
      .run();
    const problems = checkLedgerInvariants();
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
    getDb().$client.prepare('update wallets set balance = 5000 where user_id = ?').run(u.id);
    expect(checkLedgerInvariants()).toEqual([
      expect.stringMatching(/balance 5000 but its entries sum to 0/),
    ]);
  });
});
