import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { runWorker } from '@/lib/testing/run-worker';
import { activeWallet } from './testing/fixtures';
import { LOCK_MESSAGE, type PinCheck } from './pin';

let tmp: ReturnType<typeof openTempDb>;
beforeEach(() => {
  tmp = openTempDb();
});
afterEach(() => tmp.cleanup());

describe('wrong PINs from several processes', () => {
  it('6 processes guess at once: exactly 3 guesses are checked, the rest find payments locked, one lock message', async () => {
    const u = await activeWallet('582917');
    const startAt = String(Date.now() + 4000);
    const guesses = ['111222', '333444', '555666', '777888', '999000', '246810'];
    const results = await Promise.all(
      guesses.map((pin) =>
        runWorker<PinCheck>('lib/wallet/testing/pin-worker.ts', [String(u.id), pin, startAt], {
          DATABASE_PATH: tmp.file,
          DATA_DIR: tmp.dir,
        }),
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
    const w = getDb()
      .$client.prepare('select pin_failures, pin_locked_until from wallets where user_id = ?')
      .get(u.id) as { pin_failures: number; pin_locked_until: number };
    expect(w.pin_failures).toBe(3);
    expect(w.pin_locked_until).toBeGreaterThan(Date.now() + 59 * 60_000);
    expect(
      getDb()
        .$client.prepare('select count(*) n from notifications where phone = ? and body = ?')
        .get(u.phone, LOCK_MESSAGE),
    ).toEqual({ n: 1 });
  }, 60_000);
});
