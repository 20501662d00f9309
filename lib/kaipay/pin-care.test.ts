import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import { wallets } from '@/db/schema';
import { openTempDb } from '@/lib/testing/temp-db';
import { advanceClock } from '@/lib/clock';
import { OTP_RULES } from '@/lib/kaipay/otp';
import { activeWallet, lastCode } from '@/lib/wallet/testing/fixtures';
import { verifyWalletPin } from '@/lib/wallet/pin';
import { legacyArgon2PinHash, pinVerifier } from '@/lib/wallet/pin-verifier';
import { changePin, requestPinReset, resetPin } from './pin-care';

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  db = await openTempDb();
});
afterEach(async () => {
  await db.cleanup();
});
describe('Ubah PIN and Lupa PIN', () => {
  it('change needs the old PIN, a different and non-trivial new one', async () => {
    const u = await activeWallet('582917');
    expect(await changePin(u.id, '582917', '111111')).toMatchObject({
      ok: false,
      code: 'pin_trivial',
      field: 'pin',
    });
    expect(await changePin(u.id, '000000', '640273')).toMatchObject({
      ok: false,
      code: 'pin_wrong',
      field: 'oldPin',
    });
    expect(await changePin(u.id, '582917', '582917')).toMatchObject({
      ok: false,
      code: 'pin_same',
    });
    expect(await changePin(u.id, '582917', '640273')).toEqual({ ok: true });
    expect(await verifyWalletPin(u.id, '640273')).toEqual({ ok: true });
    expect(await verifyWalletPin(u.id, '582917')).toMatchObject({ code: 'pin_wrong' });
  });

  it('Lupa PIN: an OTP to the registered phone sets a new PIN and lifts the lock; the code works once', async () => {
    const u = await activeWallet('582917');
    for (const p of ['000001', '000002', '000003']) await verifyWalletPin(u.id, p);
    expect(await requestPinReset(u.id)).toEqual({ ok: true, channel: 'whatsapp' });
    const code = await lastCode(u.phone);
    expect(await resetPin(u.id, code, '123456')).toMatchObject({ ok: false, code: 'pin_trivial' });
    expect(await resetPin(u.id, code, '582917')).toMatchObject({ ok: false, code: 'pin_same' });
    expect(await resetPin(u.id, code, '640273')).toEqual({ ok: true });
    expect(await verifyWalletPin(u.id, '640273')).toEqual({ ok: true });
    expect(await resetPin(u.id, code, '731905')).toMatchObject({ ok: false, code: 'otp_used' });
  });

  it('Lupa PIN never reveals the current PIN without a right OTP', async () => {
    const u = await activeWallet('582917');
    await requestPinReset(u.id);
    const wrong = (await lastCode(u.phone)) === '000000' ? '111111' : '000000';
    // The old PIN with a wrong code: the answer is about the code, never "same PIN".
    expect(await resetPin(u.id, wrong, '582917')).toMatchObject({ ok: false, field: 'code' });
    expect(await resetPin(u.id, wrong, '640273')).toMatchObject({ ok: false, field: 'code' });
  });

  it('Lupa PIN codes expire after 5 minutes', async () => {
    const u = await activeWallet('582917');
    await requestPinReset(u.id);
    advanceClock(OTP_RULES.ttlMs);
    expect(await resetPin(u.id, await lastCode(u.phone), '640273')).toMatchObject({
      ok: false,
      code: 'otp_expired',
    });
  });

  it('a wallet still on an argon2 hash: change and Lupa PIN store the keyed verifier; "same PIN" still found', async () => {
    const stored = async (userId: number) =>
      (await row<{ pin_hash: string }>(
        sql`select pin_hash from wallets where user_id = ${userId}`,
      ))!.pin_hash;
    const legacy = (userId: number, pin: string) =>
      legacyArgon2PinHash(pin).then((pinHash) =>
        inTransaction(async (tx) => {
          await tx.update(wallets).set({ pinHash }).where(eq(wallets.userId, userId));
        }),
      );
    const u = await activeWallet('582917');
    await legacy(u.id, '582917');
    expect(await changePin(u.id, '582917', '640273')).toEqual({ ok: true });
    expect(await stored(u.id)).toBe(pinVerifier(u.id, '640273'));

    await legacy(u.id, '640273');
    await requestPinReset(u.id);
    const code = await lastCode(u.phone);
    expect(await resetPin(u.id, code, '640273')).toMatchObject({ ok: false, code: 'pin_same' });
    expect(await resetPin(u.id, code, '731905')).toEqual({ ok: true });
    expect(await stored(u.id)).toBe(pinVerifier(u.id, '731905'));
    expect(await verifyWalletPin(u.id, '731905')).toEqual({ ok: true });
  });
});
