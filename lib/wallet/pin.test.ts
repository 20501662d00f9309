import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { advanceClock } from '@/lib/clock';
import { activeWallet, topUp } from './testing/fixtures';
import { LOCK_MESSAGE, verifyWalletPin } from './pin';
import { debitWalletForPayment } from './payments';
import { PIN_LOCK_MS } from './tiers';

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  db = await openTempDb();
});
afterEach(async () => {
  await db.cleanup();
});

const pay = (userId: number, key: string) =>
  inTransaction((tx) =>
    debitWalletForPayment(tx, {
      userId,
      amount: 1_000,
      idempotencyKey: key,
      reference: 'NKD2F0P',
    }),
  );

describe('verifyWalletPin', () => {
  it('a right PIN passes and clears earlier failures', async () => {
    const u = await activeWallet('582917');
    expect(await verifyWalletPin(u.id, '000001')).toEqual({
      ok: false,
      code: 'pin_wrong',
      attemptsLeft: 2,
    });
    expect(await verifyWalletPin(u.id, '582917')).toEqual({ ok: true });
    expect(await verifyWalletPin(u.id, '000001')).toEqual({
      ok: false,
      code: 'pin_wrong',
      attemptsLeft: 2,
    });
  });

  it('three wrong PINs lock payments for 60 minutes and tell the phone; then it opens again', async () => {
    const u = await activeWallet('582917');
    await topUp(u.id, 50_000);
    await verifyWalletPin(u.id, '000001');
    await verifyWalletPin(u.id, '000002');
    expect(await verifyWalletPin(u.id, '000003')).toEqual({
      ok: false,
      code: 'pin_wrong_locked',
      retryAfterSeconds: 3600,
    });
    expect(await verifyWalletPin(u.id, '582917')).toMatchObject({ ok: false, code: 'pin_locked' });
    expect(await pay(u.id, 'while-locked')).toEqual({ ok: false, code: 'wallet_locked' });
    const last = await row(
      sql`select body from notifications where phone = ${u.phone} order by id desc limit 1`,
    );
    expect(last).toEqual({ body: LOCK_MESSAGE });
    advanceClock(PIN_LOCK_MS + 1);
    expect(await verifyWalletPin(u.id, '582917')).toEqual({ ok: true });
    expect(await pay(u.id, 'after-lock')).toMatchObject({ ok: true });
  });
});
