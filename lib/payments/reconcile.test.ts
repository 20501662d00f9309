import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { payAtBank } from '@/lib/sandbox-bank/pay';
import { bankTransactionsSince } from '@/lib/sandbox-bank/queries';
import { ensureOpenVa } from './accounts';
import { reconcileTopUps } from './reconcile';
import { sandboxProvider } from './sandbox-provider';

let tmp: ReturnType<typeof openTempDb>;
beforeEach(() => {
  // Nothing listens here, so the bank's notifications are lost, as when the app is down.
  process.env.APP_URL = 'http://127.0.0.1:9';
  tmp = openTempDb();
  getDb()
    .$client.prepare(
      "insert into fee_promos (name, starts_at, ends_at, fee, created_at) values ('Gratis', 0, 9e15, 0, 0)",
    )
    .run();
  // The bank's settlement report, read from the sandbox bank's own books instead of over HTTP.
  vi.spyOn(sandboxProvider, 'transactionsSince').mockImplementation(async (since) =>
    bankTransactionsSince(since),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.APP_URL;
  tmp.cleanup();
});

describe('reconciliation', () => {
  it('settles, once, a payment whose notification never arrived', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'CIMB');
    expect(payAtBank({ channel: 'internet', bank: 'CIMB', number, amount: 80_000 }).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    const balance = () =>
      (
        getDb().$client.prepare('select balance from wallets where user_id = ?').get(user.id) as {
          balance: number;
        }
      ).balance;
    expect(balance()).toBe(0);
    expect(await reconcileTopUps()).toEqual({ checked: 1, applied: 1, results: { credited: 1 } });
    expect(balance()).toBe(80_000);
    expect(await reconcileTopUps()).toEqual({ checked: 1, applied: 0, results: {} });
    expect(balance()).toBe(80_000);
    expect(checkLedgerInvariants()).toEqual([]);
  });
});
