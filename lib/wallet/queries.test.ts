import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { systemAccountId } from '@/lib/ledger/accounts';
import { activeWallet, topUp } from './testing/fixtures';
import { creditWallet, debitWalletForPayment } from './payments';
import { HISTORY_PAGE_SIZE, parseHistoryFilter, walletHistory, walletSummary } from './queries';

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  db = await openTempDb();
});
afterEach(async () => {
  await db.cleanup();
});

describe('Riwayat', () => {
  it("lists the caller's own entries newest first with the balance after each, filtered and paged", async () => {
    const u = await activeWallet();
    const other = await activeWallet('640273');
    await topUp(other.id, 999);
    await topUp(u.id, 100_000, 'va-1');
    await inTransaction(async (tx) => {
      expect(
        await debitWalletForPayment(tx, {
          userId: u.id,
          amount: 30_000,
          idempotencyKey: 'pay-1',
          reference: 'NKD2F0P',
        }),
      ).toMatchObject({ ok: true });
      expect(
        await creditWallet(tx, {
          userId: u.id,
          amount: 30_000,
          kind: 'refund',
          fromAccountId: await systemAccountId(tx, 'refunds_payable'),
          idempotencyKey: 'ref-1',
          reference: 'Refund NKD2F0P',
        }),
      ).toMatchObject({ ok: true });
    });
    const all = await walletHistory(u.id, 'semua', 1);
    expect(all.rows.map((r) => [r.kind, r.amount, r.balanceAfter])).toEqual([
      ['refund', 30_000, 100_000],
      ['payment', -30_000, 70_000],
      ['topup', 100_000, 100_000],
    ]);
    expect((await walletHistory(u.id, 'pembayaran', 1)).rows.map((r) => r.reference)).toEqual([
      'NKD2F0P',
    ]);
    expect((await walletHistory(u.id, 'topup', 1)).total).toBe(1);
    expect((await walletHistory(u.id, 'refund', 1)).rows).toHaveLength(1);
    for (let i = 0; i < HISTORY_PAGE_SIZE; i++) await topUp(u.id, 1);
    const second = await walletHistory(u.id, 'semua', 2);
    expect(second).toMatchObject({ page: 2, pages: 2, total: HISTORY_PAGE_SIZE + 3 });
    expect(second.rows).toHaveLength(3);
    expect((await walletHistory(u.id, 'semua', 99)).page).toBe(2);
  });

  it("reads unknown filters as Semua and shows this month's incoming money on the summary", async () => {
    expect(parseHistoryFilter('constructor')).toBe('semua');
    expect(parseHistoryFilter('refund')).toBe('refund');
    const u = await activeWallet();
    await topUp(u.id, 250_000);
    expect(await walletSummary(u.id)).toMatchObject({
      step: 'active',
      tier: 'regular',
      balance: 250_000,
      monthIn: 250_000,
      lockedUntil: null,
      kyc: null,
    });
    expect(JSON.stringify(await walletSummary(u.id))).not.toMatch(/argon2|pin/i);
  });
});
