import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import { wallets } from '@/db/schema';
import { resetEnvCache } from '@/lib/env';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet } from './testing/fixtures';
import { verifyWalletPin } from './pin';
import { checkPin, legacyArgon2PinHash, pinVerifier } from './pin-verifier';

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  db = await openTempDb();
});
afterEach(async () => {
  await db.cleanup();
});

const storedPin = async (userId: number) =>
  (await row<{ pin_hash: string; pin_failures: number }>(
    sql`select pin_hash, pin_failures from wallets where user_id = ${userId}`,
  ))!;

const storePin = (userId: number, pinHash: string) =>
  inTransaction(async (tx) => {
    await tx.update(wallets).set({ pinHash }).where(eq(wallets.userId, userId));
  });

describe('PIN verifier (keyed, bound to the user)', () => {
  it('new wallets store pvv1; the same PIN of two users gives two different verifiers', async () => {
    const a = await activeWallet('582917');
    const b = await activeWallet('582917');
    const va = (await storedPin(a.id)).pin_hash;
    const vb = (await storedPin(b.id)).pin_hash;
    expect(va).toMatch(/^pvv1\$[A-Za-z0-9_-]{43}$/);
    expect(vb).toMatch(/^pvv1\$[A-Za-z0-9_-]{43}$/);
    expect(va).not.toBe(vb);
    expect(va).toBe(pinVerifier(a.id, '582917'));
    expect(await checkPin(va, a.id, '582917')).toEqual({ matches: true, upgrade: null });
    expect(await checkPin(va, a.id, '582918')).toEqual({ matches: false });
  });

  it('a verifier copied onto another wallet does not verify there', async () => {
    const a = await activeWallet('582917');
    const b = await activeWallet('640273');
    await storePin(b.id, (await storedPin(a.id)).pin_hash);
    expect(await verifyWalletPin(b.id, '582917')).toEqual({
      ok: false,
      code: 'pin_wrong',
      attemptsLeft: 2,
    });
    expect(await verifyWalletPin(a.id, '582917')).toEqual({ ok: true });
  });

  it('the pepper changes the verifier: a verifier made under another PIN_PEPPER does not verify', async () => {
    const before = pinVerifier(7, '582917');
    const saved = process.env.PIN_PEPPER;
    process.env.PIN_PEPPER = 'another-pepper-of-at-least-32-characters';
    resetEnvCache();
    try {
      const after = pinVerifier(7, '582917');
      expect(after).not.toBe(before);
      expect(await checkPin(before, 7, '582917')).toEqual({ matches: false });
      expect(await checkPin(after, 7, '582917')).toEqual({ matches: true, upgrade: null });
    } finally {
      if (saved === undefined) delete process.env.PIN_PEPPER;
      else process.env.PIN_PEPPER = saved;
      resetEnvCache();
    }
    expect(pinVerifier(7, '582917')).toBe(before);
  });

  it('anything but pvv1 or argon2 never matches', async () => {
    for (const stored of ['', '582917', 'pvv1$', 'pvv2$' + pinVerifier(7, '582917').slice(5)])
      expect(await checkPin(stored, 7, '582917')).toEqual({ matches: false });
  });
});

describe('wallets activated before pvv1 (argon2id)', () => {
  it('an old argon2 hash still verifies, and a right PIN replaces it with the verifier', async () => {
    const u = await activeWallet('582917');
    await storePin(u.id, await legacyArgon2PinHash('582917'));
    expect(await verifyWalletPin(u.id, '582917')).toEqual({ ok: true });
    expect(await storedPin(u.id)).toEqual({
      pin_hash: pinVerifier(u.id, '582917'),
      pin_failures: 0,
    });
    expect(await verifyWalletPin(u.id, '582917')).toEqual({ ok: true });
    expect(await verifyWalletPin(u.id, '000001')).toMatchObject({ ok: false, code: 'pin_wrong' });
  });

  it('a wrong PIN never upgrades: the hash stays, only the count moves, up to the lock', async () => {
    const u = await activeWallet('582917');
    const legacy = await legacyArgon2PinHash('582917');
    await storePin(u.id, legacy);
    expect(await verifyWalletPin(u.id, '000001')).toEqual({
      ok: false,
      code: 'pin_wrong',
      attemptsLeft: 2,
    });
    expect(await storedPin(u.id)).toEqual({ pin_hash: legacy, pin_failures: 1 });
    await verifyWalletPin(u.id, '000002');
    expect(await verifyWalletPin(u.id, '000003')).toMatchObject({ code: 'pin_wrong_locked' });
    // Locked: even the right PIN is not checked, so nothing is upgraded.
    expect(await verifyWalletPin(u.id, '582917')).toMatchObject({ code: 'pin_locked' });
    expect(await storedPin(u.id)).toEqual({ pin_hash: legacy, pin_failures: 3 });
  });

  it("an upgraded argon2 hash becomes its own wallet's user's verifier", async () => {
    const a = await activeWallet('582917');
    const b = await activeWallet('640273');
    // argon2 hashes were not bound to the user: the copy verifies once, as before, but the upgrade
    // then stores b's own verifier, never a's.
    await storePin(b.id, await legacyArgon2PinHash('582917'));
    expect(await verifyWalletPin(b.id, '582917')).toEqual({ ok: true });
    expect((await storedPin(b.id)).pin_hash).toBe(pinVerifier(b.id, '582917'));
    expect((await storedPin(b.id)).pin_hash).not.toBe((await storedPin(a.id)).pin_hash);
  });
});
