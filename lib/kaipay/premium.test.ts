import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { kycDir, submitPremium } from './premium';
import { decideKyc, kycImage, pendingKyc } from './kyc-review';
import { createApiToken, listApiTokens, revokeApiToken, userForToken } from './api-tokens';

let db: ReturnType<typeof openTempDb>;
beforeEach(() => {
  db = openTempDb();
});
afterEach(() => db.cleanup());

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9]);
const nik = '3273015503920001';
const adminId = () =>
  (
    getDb()
      .$client.prepare(
        "insert into users (email, phone, full_name, nik, birth_date, password_hash, role, created_at) values ('a@kai.test', '+6281100000009', 'Admin', '3171011708800001', '1980-08-17', 'x', 'admin', 0) returning id",
      )
      .get() as { id: number }
  ).id;

describe('Premium upgrade', () => {
  it('stores the images under DATA_DIR, queues one request, and an approval raises the limits with an audit row', async () => {
    const u = await activeWallet();
    expect(submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: png })).toEqual({
      ok: true,
    });
    expect(submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: png })).toEqual({
      ok: false,
      code: 'kyc_pending',
    });
    expect(fs.readdirSync(kycDir())).toHaveLength(2);
    expect(kycDir().startsWith(db.dir)).toBe(true);
    const [req] = pendingKyc();
    expect(kycImage(req!.id, 'selfie')).toEqual({ bytes: Buffer.from(png), type: 'image/png' });
    expect(topUp(u.id, 2_500_000)).toEqual({ ok: false, code: 'over_max_balance' });
    const admin = adminId();
    expect(await decideKyc(admin, { requestId: req!.id, approve: true })).toEqual({ ok: true });
    expect(await decideKyc(admin, { requestId: req!.id, approve: false, reason: 'x' })).toEqual({
      ok: false,
      code: 'kyc_not_pending',
    });
    expect(
      getDb()
        .$client.prepare(
          'select tier, max_balance, monthly_in_limit from wallets where user_id = ?',
        )
        .get(u.id),
    ).toEqual({ tier: 'premium', max_balance: 20_000_000, monthly_in_limit: 40_000_000 });
    expect(topUp(u.id, 2_500_000)).toMatchObject({ ok: true });
    const audit = getDb()
      .$client.prepare('select actor_user_id, action, subject from audit_log')
      .all();
    expect(audit).toEqual([
      { actor_user_id: admin, action: 'kaipay.kyc.approve', subject: `kyc_request:${req!.id}` },
    ]);
    expect(submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: png })).toEqual({
      ok: false,
      code: 'already_premium',
    });
  });

  it('refuses a wrong NIK, a fake image and a too-large one; a rejection keeps Regular and records the reason', async () => {
    const u = await activeWallet();
    expect(
      submitPremium(u.id, { idNumber: '3273011708900001', idPhoto: jpeg, selfie: png }),
    ).toMatchObject({ ok: false, code: 'nik_mismatch' });
    expect(
      submitPremium(u.id, {
        idNumber: nik,
        idPhoto: new TextEncoder().encode('<html>'),
        selfie: png,
      }),
    ).toMatchObject({ ok: false, field: 'idPhoto', code: 'image_type' });
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(jpeg);
    expect(submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: big })).toMatchObject({
      ok: false,
      field: 'selfie',
      code: 'image_too_large',
    });
    submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: png });
    await decideKyc(adminId(), {
      requestId: pendingKyc()[0]!.id,
      approve: false,
      reason: 'Foto KTP buram',
    });
    expect(getDb().$client.prepare('select status, reason from kyc_requests').get()).toEqual({
      status: 'rejected',
      reason: 'Foto KTP buram',
    });
    expect(getDb().$client.prepare('select tier from wallets where user_id = ?').get(u.id)).toEqual(
      { tier: 'regular' },
    );
  });
});

describe('personal API tokens', () => {
  it('keep only a hash, find their owner, and can be revoked by their owner only', async () => {
    const u = await activeWallet();
    const other = await activeWallet('640273');
    const made = createApiToken(u.id, 'Ponsel');
    if (!made.ok) throw new Error('no token');
    expect(getDb().$client.prepare('select token_hash from api_tokens').get()).not.toEqual({
      token_hash: made.token,
    });
    expect(userForToken(made.token)).toBe(u.id);
    expect(userForToken(`${made.token}x`)).toBeNull();
    const [row] = listApiTokens(u.id);
    expect(revokeApiToken(other.id, row!.id)).toBe(false);
    expect(revokeApiToken(u.id, row!.id)).toBe(true);
    expect(userForToken(made.token)).toBeNull();
  });
});
