import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import { wallets } from '@/db/schema';
import { openTempDb } from '@/lib/testing/temp-db';
import { runWorker } from '@/lib/testing/run-worker';
import { activeWallet } from './testing/fixtures';
import { LOCK_MESSAGE, type PinCheck } from './pin';
import { legacyArgon2PinHash } from './pin-verifier';

let tmp: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  tmp = await openTempDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const storePin = (userId: number, pinHash: string) =>
  inTransaction(async (tx) => {
    await tx.update(wallets).set({ pinHash }).where(eq(wallets.userId, userId));
  });

// A keyed verifier is decided in one transaction; an old argon2 hash is counted in one and checked
// after it: both must let exactly three guesses through.
describe.each([
  { stored: 'a keyed verifier', legacy: false },
  { stored: 'an old argon2 hash', legacy: true },
])('wrong PINs from several processes, PIN stored as $stored', ({ legacy }) => {
  it('6 processes guess at once: exactly 3 guesses are checked, the rest find payments locked, one lock message', async () => {
    const u = await activeWallet('582917');
    if (legacy) await storePin(u.id, await legacyArgon2PinHash('582917'));
    const startAt = String(Date.now() + 4000);
    const guesses = ['111222', '333444', '555666', '777888', '999000', '246810'];
    const results = await Promise.all(
      guesses.map((pin) =>
        runWorker<PinCheck>(
          'lib/wallet/testing/pin-worker.ts',
          [String(u.id), pin, startAt],
          tmp.env,
        ),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.code)).sort();
    expect(codes).toEqual([
      'pin_locked',
      'pin_locked',
      'pin_locked',
      'pin_wrong',
      'pin_wrong',
      'pin_wrong_locked',
    ]);
    const w = (await row<{ pin_failures: number; pin_locked_until: number }>(
      sql`select pin_failures, pin_locked_until from wallets where user_id = ${u.id}`,
    ))!;
    expect(w.pin_failures).toBe(3);
    expect(w.pin_locked_until).toBeGreaterThan(Date.now() + 59 * 60_000);
    if (legacy)
      expect(await row(sql`select pin_hash from wallets where user_id = ${u.id}`)).toMatchObject({
        pin_hash: expect.stringMatching(/^\$argon2/),
      });
    expect(
      await row(
        sql`select count(*) n from notifications where phone = ${u.phone} and body = ${LOCK_MESSAGE}`,
      ),
    ).toEqual({ n: 1 });
  }, 60_000);
});
