import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import { wallets } from '@/db/schema';
import { advanceClock } from '@/lib/clock';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { LOCK_MESSAGE, verifyWalletPin } from '@/lib/wallet/pin';
import { legacyArgon2PinHash, pinVerifier } from '@/lib/wallet/pin-verifier';
import { PIN_LOCK_MS } from '@/lib/wallet/tiers';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { payWithKaipay } from './pay-kaipay';
import { countTransactions } from './testing/count-transactions';
import { balanceOf, bookingRow, holdFor, transfersWithKey } from './testing/fixtures';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
const pinState = async (userId: number) =>
  (await row<{ pin_hash: string; failures: number; locked: number | null }>(
    sql`select pin_hash, pin_failures as failures, pin_locked_until as locked
      from wallets where user_id = ${userId}`,
  ))!;
const lockMessages = async (phone: string) =>
  (await row<{ n: number }>(
    sql`select count(*) as n from notifications where phone = ${phone} and body = ${LOCK_MESSAGE}`,
  ))!.n;
const storePin = (userId: number, pinHash: string) =>
  inTransaction(async (tx) => {
    await tx.update(wallets).set({ pinHash }).where(eq(wallets.userId, userId));
  });

describe('KAIPay payment with a keyed PIN: one transaction', () => {
  it('a payment, even one that clears an earlier wrong PIN, is a single transaction', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const first = await holdFor(u.id, { seats: ['1A'] });
    const paid = await countTransactions(() => payWithKaipay(u.id, first, PIN));
    expect(paid.result).toMatchObject({ ok: true, alreadyPaid: false });
    expect(paid.transactions).toBe(1);

    const second = await holdFor(u.id, { seats: ['2A'] });
    expect(await payWithKaipay(u.id, second, '000001')).toMatchObject({ code: 'pin_wrong' });
    const cleared = await countTransactions(() => payWithKaipay(u.id, second, PIN));
    expect(cleared.result).toMatchObject({ ok: true, alreadyPaid: false });
    expect(cleared.transactions).toBe(1);
    expect(await pinState(u.id)).toMatchObject({ failures: 0, locked: null });
    expect((await bookingRow(second)).status).toBe('paid');
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('a wrong PIN is counted in one transaction and charges nothing', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id);
    const wrong = await countTransactions(() => payWithKaipay(u.id, code, '000001'));
    expect(wrong).toEqual({
      result: { ok: false, code: 'pin_wrong', attemptsLeft: 2 },
      transactions: 1,
    });
    expect(await pinState(u.id)).toMatchObject({ failures: 1, locked: null });
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(u.id)).toBe(2_000_000);
    expect(await transfersWithKey(`booking:${code}:kaipay`)).toBe(0);
  });

  it('a right PIN with too little balance clears the earlier failures, and nothing is charged', async () => {
    const u = await activeWallet(PIN);
    const code = await holdFor(u.id);
    const { total } = await bookingRow(code);
    await topUp(u.id, total - 1);
    await payWithKaipay(u.id, code, '000001');
    await payWithKaipay(u.id, code, '000002');
    expect(await pinState(u.id)).toMatchObject({ failures: 2 });
    expect(await payWithKaipay(u.id, code, PIN)).toEqual({
      ok: false,
      code: 'insufficient_balance',
    });
    // The refused charge was undone alone: the right PIN's clearing committed.
    expect(await pinState(u.id)).toMatchObject({ failures: 0, locked: null });
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(u.id)).toBe(total - 1);
    expect(await row(sql`select count(*) as n from tickets`)).toEqual({ n: 0 });
    expect(await transfersWithKey(`booking:${code}:kaipay`)).toBe(0);
    // A fresh count: the next wrong PIN leaves two attempts, not the lock.
    expect(await payWithKaipay(u.id, code, '000003')).toEqual({
      ok: false,
      code: 'pin_wrong',
      attemptsLeft: 2,
    });
  });

  it('the third wrong PIN locks and tells the phone once; while locked even the right PIN is refused', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const code = await holdFor(u.id);
    await payWithKaipay(u.id, code, '000001');
    await payWithKaipay(u.id, code, '000002');
    expect(await payWithKaipay(u.id, code, '000003')).toEqual({
      ok: false,
      code: 'pin_wrong_locked',
      retryAfterSeconds: 3600,
    });
    expect(await lockMessages(u.phone)).toBe(1);
    advanceClock(10 * 60_000);
    expect(await payWithKaipay(u.id, code, PIN)).toEqual({
      ok: false,
      code: 'pin_locked',
      retryAfterSeconds: 50 * 60,
    });
    expect(await pinState(u.id)).toMatchObject({ failures: 3 });
    expect(await lockMessages(u.phone)).toBe(1);
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(u.id)).toBe(2_000_000);
  });

  it('after a lock has run out the right PIN pays and lifts what is left of it', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    for (const wrong of ['000001', '000002', '000003']) await verifyWalletPin(u.id, wrong);
    advanceClock(PIN_LOCK_MS + 1);
    const code = await holdFor(u.id);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true, alreadyPaid: false });
    expect(await pinState(u.id)).toMatchObject({ failures: 0, locked: null });
  });
});

describe('KAIPay payment with an old argon2 PIN hash', () => {
  it('a right PIN pays and replaces the hash with the keyed verifier (three transactions, the hash checked outside them)', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    await storePin(u.id, await legacyArgon2PinHash(PIN));
    const code = await holdFor(u.id);
    const { total } = await bookingRow(code);
    const paid = await countTransactions(() => payWithKaipay(u.id, code, PIN));
    expect(paid.result).toEqual({ ok: true, alreadyPaid: false, balanceAfter: 2_000_000 - total });
    expect(paid.transactions).toBe(3);
    expect(await pinState(u.id)).toEqual({
      pin_hash: pinVerifier(u.id, PIN),
      failures: 0,
      locked: null,
    });
    expect(await transfersWithKey(`booking:${code}:kaipay`)).toBe(1);
    // Upgraded: the next payment takes the one-transaction path.
    const next = await holdFor(u.id, { seats: ['2A'] });
    expect((await countTransactions(() => payWithKaipay(u.id, next, PIN))).transactions).toBe(1);
  });

  it('a wrong PIN is counted, keeps the hash and charges nothing; the third locks', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 2_000_000);
    const legacy = await legacyArgon2PinHash(PIN);
    await storePin(u.id, legacy);
    const code = await holdFor(u.id);
    expect(await payWithKaipay(u.id, code, '000001')).toEqual({
      ok: false,
      code: 'pin_wrong',
      attemptsLeft: 2,
    });
    expect(await pinState(u.id)).toEqual({ pin_hash: legacy, failures: 1, locked: null });
    await payWithKaipay(u.id, code, '000002');
    expect(await payWithKaipay(u.id, code, '000003')).toMatchObject({ code: 'pin_wrong_locked' });
    expect(await lockMessages(u.phone)).toBe(1);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ code: 'pin_locked' });
    expect(await pinState(u.id)).toMatchObject({ pin_hash: legacy, failures: 3 });
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    expect(await balanceOf(u.id)).toBe(2_000_000);
  });
});
