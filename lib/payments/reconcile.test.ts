import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceClock } from '@/lib/clock';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { payAtBank } from '@/lib/sandbox-bank/pay';
import { bankTransactionsSince } from '@/lib/sandbox-bank/queries';
import { ensureOpenVa } from './accounts';
import { reconcileTopUps } from './reconcile';
import { latestReconciliation } from './reconcile-store';
import { applyNotification } from './apply';
import { NotificationSchema } from './notification';
import { txId, vaNotification } from './testing/notify-fixtures';
import { registerAccount } from '@/lib/sandbox-bank/registry';
import { sandboxProvider } from './sandbox-provider';
import { addFeePromo, countRows, walletBalance } from './testing/db';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  // Nothing listens here, so the bank's notifications are lost, as when the app is down.
  process.env.APP_URL = 'http://127.0.0.1:9';
  cleanup = (await openTempDb()).cleanup;
  await addFeePromo();
  // The bank's settlement report, read from the sandbox bank's own books instead of over HTTP.
  vi.spyOn(sandboxProvider, 'transactionsSince').mockImplementation(async (since) =>
    bankTransactionsSince(since),
  );
});
afterEach(async () => {
  vi.restoreAllMocks();
  delete process.env.APP_URL;
  await cleanup();
});

describe('reconciliation', () => {
  it('settles, once, a payment whose notification never arrived', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'CIMB');
    expect(
      (await payAtBank({ channel: 'internet', bank: 'CIMB', number, amount: 80_000 })).ok,
    ).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    const balance = () => walletBalance(user.id);
    expect(await balance()).toBe(0);
    expect(await reconcileTopUps()).toEqual({
      checked: 1,
      applied: 1,
      results: { credited: 1 },
      differences: [],
    });
    expect(await balance()).toBe(80_000);
    expect(await reconcileTopUps()).toEqual({
      checked: 1,
      applied: 0,
      results: {},
      differences: [],
    });
    expect(await balance()).toBe(80_000);
    expect(await checkLedgerInvariants()).toEqual([]);
    // Runs are stored for the admin pages and dropped after 30 days.
    const runs = () => countRows('payment_reconciliations');
    expect(await runs()).toBe(2);
    advanceClock(31 * 86_400_000);
    await reconcileTopUps();
    expect(await runs()).toBe(1);
  });

  it('finds differences both ways: credits the bank never settled, settlements the app lacks, other amounts', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    // A real payment, whose notification is lost; then a credit from a body the bank never sent
    // (as a forged or re-split replay would make), and a real payment the app recorded for more.
    const real = await payAtBank({ channel: 'atm', bank: 'BCA', number, amount: 80_000 });
    const other = await payAtBank({ channel: 'atm', bank: 'BCA', number, amount: 50_000 });
    if (!real.ok || !other.ok) throw new Error('bank refused');
    const forged = vaNotification(number, 70_000, 'settlement', txId('never-at-bank'));
    expect((await applyNotification(NotificationSchema.parse(forged), '{}')).result).toBe(
      'credited',
    );
    const inflated = vaNotification(number, 90_000, 'settlement', other.transactionId);
    expect((await applyNotification(NotificationSchema.parse(inflated), '{}')).result).toBe(
      'credited',
    );
    // The bank knows a number the app does not (its transaction cannot be applied).
    await registerAccount({ bank: 'BNI', number: '9881299999999999', kind: 'open_va' });
    const stray = await payAtBank({
      channel: 'atm',
      bank: 'BNI',
      number: '9881299999999999',
      amount: 10_000,
    });
    if (!stray.ok) throw new Error('bank refused');
    await new Promise((r) => setTimeout(r, 200));

    const report = await reconcileTopUps();
    expect(report.results).toEqual({ credited: 1, unknown_account: 1 });
    const byKind = (kind: string) => report.differences.filter((d) => d.kind === kind);
    expect(byKind('missing_at_bank')).toEqual([
      expect.objectContaining({
        transactionId: txId('never-at-bank'),
        orderId: forged.order_id,
        appAmount: 70_000,
        bankAmount: null,
      }),
    ]);
    expect(byKind('amount_mismatch')).toEqual([
      expect.objectContaining({
        transactionId: other.transactionId,
        appAmount: 90_000,
        bankAmount: 50_000,
      }),
    ]);
    expect(byKind('missing_in_app')).toEqual([
      expect.objectContaining({
        transactionId: stray.transactionId,
        bank: 'BNI',
        bankAmount: 10_000,
        appAmount: null,
      }),
    ]);
    expect(report.differences).toHaveLength(3);
    // The admin pages read the stored run, not the bank.
    expect(await latestReconciliation()).toMatchObject({
      checked: 3,
      applied: 2,
      differences: report.differences,
    });
  });
});
