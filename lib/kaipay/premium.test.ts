import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inTransaction, row, rows } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { kycDir, submitPremium } from './premium';
import { decideKyc, kycImage, pendingKyc } from './kyc-review';
import { createApiToken, listApiTokens, revokeApiToken, userForToken } from './api-tokens';

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  db = await openTempDb();
});
afterEach(async () => {
  await db.cleanup();
});

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9]);
const nik = '3273015503920001';
const adminId = async () =>
  (await inTransaction((tx) =>
    row<{ id: number }>(
      sql`insert into users (email, phone, full_name, nik, birth_date, password_hash, role, created_at)
        values ('a@kai.test', '+6281100000009', 'Admin', '3171011708800001', '1980-08-17', 'x', 'admin', 0)
        returning id`,
      tx,
    ),
  ))!.id;

describe('Premium upgrade', () => {
  it('stores the images under DATA_DIR, queues one request, and an approval raises the limits with an audit row', async () => {
    const u = await activeWallet();
    expect(await submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: png })).toEqual({
      ok: true,
    });
    expect(await submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: png })).toEqual({
      ok: false,
      code: 'kyc_pending',
    });
    expect(fs.readdirSync(kycDir())).toHaveLength(2);
    expect(kycDir().startsWith(db.dir)).toBe(true);
    const [req] = await pendingKyc();
    expect(await kycImage(req!.id, 'selfie')).toEqual({
      bytes: Buffer.from(png),
      type: 'image/png',
    });
    expect(await topUp(u.id, 2_500_000)).toEqual({ ok: false, code: 'over_max_balance' });
    const admin = await adminId();
    expect(await decideKyc(admin, { requestId: req!.id, approve: true })).toEqual({ ok: true });
    expect(await decideKyc(admin, { requestId: req!.id, approve: false, reason: 'x' })).toEqual({
      ok: false,
      code: 'kyc_not_pending',
    });
    expect(
      await row(
        sql`select tier, max_balance, monthly_in_limit from wallets where user_id = ${u.id}`,
      ),
    ).toEqual({ tier: 'premium', max_balance: 20_000_000, monthly_in_limit: 40_000_000 });
    expect(await topUp(u.id, 2_500_000)).toMatchObject({ ok: true });
    const audit = await rows(sql`select actor_user_id, action, subject from audit_log order by id`);
    expect(audit).toEqual([
      { actor_user_id: admin, action: 'kaipay.kyc.approve', subject: `kyc_request:${req!.id}` },
    ]);
    expect(await submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: png })).toEqual({
      ok: false,
      code: 'already_premium',
    });
  });

  it('refuses a wrong NIK, a fake image and a too-large one; a rejection keeps Regular and records the reason', async () => {
    const u = await activeWallet();
    expect(
      await submitPremium(u.id, { idNumber: '3273011708900001', idPhoto: jpeg, selfie: png }),
    ).toMatchObject({ ok: false, code: 'nik_mismatch' });
    expect(
      await submitPremium(u.id, {
        idNumber: nik,
        idPhoto: new TextEncoder().encode('<html>'),
        selfie: png,
      }),
    ).toMatchObject({ ok: false, field: 'idPhoto', code: 'image_type' });
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(jpeg);
    expect(await submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: big })).toMatchObject({
      ok: false,
      field: 'selfie',
      code: 'image_too_large',
    });
    await submitPremium(u.id, { idNumber: nik, idPhoto: jpeg, selfie: png });
    await decideKyc(await adminId(), {
      requestId: (await pendingKyc())[0]!.id,
      approve: false,
      reason: 'Foto KTP buram',
    });
    expect(await row(sql`select status, reason from kyc_requests`)).toEqual({
      status: 'rejected',
      reason: 'Foto KTP buram',
    });
    expect(await row(sql`select tier from wallets where user_id = ${u.id}`)).toEqual({
      tier: 'regular',
    });
  });
});

describe('personal API tokens', () => {
  it('keep only a hash, find their owner, and can be revoked by their owner only', async () => {
    const u = await activeWallet();
    const other = await activeWallet('640273');
    const made = await createApiToken(u.id, 'Ponsel');
    if (!made.ok) throw new Error('no token');
    expect(await row(sql`select token_hash from api_tokens`)).not.toEqual({
      token_hash: made.token,
    });
    expect(await userForToken(made.token)).toBe(u.id);
    expect(await userForToken(`${made.token}x`)).toBeNull();
    const [token] = await listApiTokens(u.id);
    expect(await revokeApiToken(other.id, token!.id)).toBe(false);
    expect(await revokeApiToken(u.id, token!.id)).toBe(true);
    expect(await userForToken(made.token)).toBeNull();
  });
});
