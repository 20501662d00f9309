import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows } from './testing/db';
import { resetEnvCache } from '@/lib/env';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet, makeUser } from '@/lib/wallet/testing/fixtures';
import { freezeWallet } from '@/lib/admin/wallets';
import { createRetailTopUpCode, createTopUpVa, openVaOf } from './accounts';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
});
afterEach(async () => {
  delete process.env.SANDBOX;
  resetEnvCache();
  await cleanup();
});

const accounts = () => countRows('payment_accounts');

describe('top-up numbers: lib refuses on its own (issue 10.3)', () => {
  it('gives a VA only to an active wallet, once, and reading it never makes one', async () => {
    const stranger = await makeUser();
    expect(await createTopUpVa(stranger.id, 'BCA')).toEqual({ ok: false, code: 'wallet_inactive' });
    const user = await activeWallet();
    expect(await openVaOf(user.id, 'BCA')).toBeNull();
    expect(await accounts()).toBe(0);
    const first = await createTopUpVa(user.id, 'BCA');
    expect(first.ok).toBe(true);
    expect(await createTopUpVa(user.id, 'BCA')).toEqual(first);
    expect(await openVaOf(user.id, 'BCA')).toBe(first.ok ? first.number : '');
    expect(await accounts()).toBe(1);
  });

  it('refuses retail codes for an inactive wallet or an amount outside the bounds', async () => {
    const stranger = await makeUser();
    expect(await createRetailTopUpCode(stranger.id, 'INDOMARET', 100_000)).toEqual({
      ok: false,
      code: 'wallet_inactive',
    });
    const user = await activeWallet();
    for (const amount of [0, 9_999, 5_000_001, 10.5, Number.NaN, -50_000])
      expect(await createRetailTopUpCode(user.id, 'ALFAMART', amount)).toEqual({
        ok: false,
        code: 'amount_range',
      });
    expect(await accounts()).toBe(0);
    const made = await createRetailTopUpCode(user.id, 'ALFAMART', 10_000);
    expect(made).toMatchObject({ ok: true, amount: 10_000 });
  });

  it('with the sandbox off and no gateway configured, refuses instead of handing out numbers no bank knows', async () => {
    const user = await activeWallet();
    process.env.SANDBOX = 'off';
    resetEnvCache();
    expect(await createTopUpVa(user.id, 'BNI')).toEqual({
      ok: false,
      code: 'payments_unavailable',
    });
    expect(await createRetailTopUpCode(user.id, 'INDOMARET', 50_000)).toEqual({
      ok: false,
      code: 'payments_unavailable',
    });
    expect(await accounts()).toBe(0);
  });

  it('refuses a frozen wallet a new number (money arriving for it is returned by settle)', async () => {
    const user = await activeWallet();
    const admin = await makeUser('1');
    expect(
      await freezeWallet({ actorUserId: admin.id, userId: user.id, reason: 'Laporan' }),
    ).toEqual({
      ok: true,
    });
    expect(await createTopUpVa(user.id, 'BCA')).toEqual({ ok: false, code: 'wallet_frozen' });
    expect(await createRetailTopUpCode(user.id, 'ALFAMART', 50_000)).toEqual({
      ok: false,
      code: 'wallet_frozen',
    });
    expect(await accounts()).toBe(0);
  });
});
