import { sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute, inTransaction, row } from '@/db';
import { sessionStateOf } from '@/lib/auth/accounts';
import { cancelBooking } from '@/lib/booking/cancel';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { balanceOf, bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { applyNotification } from '@/lib/payments/apply';
import { ensureOpenVa } from '@/lib/payments/accounts';
import { NotificationSchema } from '@/lib/payments/notification';
import { vaNotification } from '@/lib/payments/testing/notify-fixtures';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { endUserSessions, freezeWallet, liftPinLock, unfreezeWallet } from './wallets';
import { grantPetugas, revokePetugas } from './staff';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
const q = async <T>(query: SQL) => (await row<T>(query))!;
const adminId = async () =>
  (await q<{ id: number }>(sql`select id from users where email = 'admin@kai-access.test'`)).id;
const audits = async (action: string) =>
  (await q<{ n: number }>(sql`select count(*) as n from audit_log where action = ${action}`)).n;
const apply = async (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));

async function frozenPassenger(balance = 1_000_000) {
  const u = await activeWallet(PIN);
  await topUp(u.id, balance);
  expect(
    await freezeWallet({ actorUserId: await adminId(), userId: u.id, reason: 'Laporan penipuan' }),
  ).toEqual({ ok: true });
  return u;
}

describe('freezing a wallet', () => {
  it('refuses a KAIPay payment while frozen (nothing charged, booking still unpaid) and pays once unfrozen', async () => {
    const u = await frozenPassenger();
    const code = await holdFor(u.id);
    expect(await payWithKaipay(u.id, code, PIN)).toEqual({ ok: false, code: 'wallet_frozen' });
    expect(await balanceOf(u.id)).toBe(1_000_000);
    expect((await bookingRow(code)).status).toBe('awaiting_payment');

    expect(
      await unfreezeWallet({
        actorUserId: await adminId(),
        userId: u.id,
        reason: 'Sudah diperiksa',
      }),
    ).toEqual({ ok: true });
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true, alreadyPaid: false });
    expect((await bookingRow(code)).status).toBe('paid');
    expect(await audits('wallet.freeze')).toBe(1);
    expect(await audits('wallet.unfreeze')).toBe(1);
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('returns a top-up for a frozen wallet to the bank, once, however often it is notified', async () => {
    const u = await frozenPassenger(50_000);
    const { number } = await ensureOpenVa(u.id, 'BCA');
    const body = vaNotification(number, 200_000);
    expect(await apply(body)).toMatchObject({ result: 'returned', reason: 'wallet_frozen' });
    expect((await apply(body)).result).toBe('duplicate');
    expect(await balanceOf(u.id)).toBe(50_000);
    expect(
      await q(sql`select status, outcome, transfer_id from bank_payments where user_id = ${u.id}`),
    ).toEqual({ status: 'returned', outcome: 'wallet_frozen', transfer_id: null });
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('owes a cancellation refund to the bank instead of crediting a frozen wallet', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 1_000_000);
    const code = await holdFor(u.id);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    const afterPaying = await balanceOf(u.id);
    expect(
      await freezeWallet({
        actorUserId: await adminId(),
        userId: u.id,
        reason: 'Laporan penipuan',
      }),
    ).toEqual({ ok: true });
    expect(await cancelBooking(u.id, code)).toMatchObject({ ok: true, to: 'bank' });
    expect(await balanceOf(u.id)).toBe(afterPaying);
    expect(await q(sql`select status from booking_refunds`)).toEqual({ status: 'to_bank' });
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('refuses to freeze twice or unfreeze a wallet that is not frozen, and leaves no audit for a refusal', async () => {
    const u = await frozenPassenger();
    const input = { actorUserId: await adminId(), userId: u.id, reason: 'Laporan penipuan' };
    expect(await freezeWallet(input)).toEqual({ ok: false, code: 'already_frozen' });
    expect(await unfreezeWallet(input)).toEqual({ ok: true });
    expect(await unfreezeWallet(input)).toEqual({ ok: false, code: 'not_frozen' });
    expect(await freezeWallet({ ...input, userId: 999_999 })).toEqual({
      ok: false,
      code: 'wallet_not_found',
    });
    expect(await audits('wallet.freeze')).toBe(1);
    expect(await audits('wallet.unfreeze')).toBe(1);
  });
});

describe('other wallet and account steps', () => {
  it('lifts a PIN lock so the passenger can pay again at once', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 1_000_000);
    const code = await holdFor(u.id);
    for (let i = 0; i < 3; i++) await payWithKaipay(u.id, code, '000000');
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: false, code: 'pin_locked' });
    const input = {
      actorUserId: await adminId(),
      userId: u.id,
      reason: 'Identitas diperiksa di loket',
    };
    expect(await liftPinLock(input)).toEqual({ ok: true });
    expect(await liftPinLock(input)).toEqual({ ok: false, code: 'not_locked' });
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    expect(await audits('wallet.pin_unlock')).toBe(1);
  });

  it('ends every session: the version moves on and the API tokens are revoked', async () => {
    const u = await activeWallet(PIN);
    await inTransaction((tx) =>
      execute(
        sql`insert into api_tokens (user_id, name, token_hash, hint, created_at)
          values (${u.id}, 'hp', 'h', 'kai_', 0)`,
        tx,
      ),
    );
    const before = (await sessionStateOf(u.id))!.sessionVersion;
    expect(
      await endUserSessions({ actorUserId: await adminId(), userId: u.id, reason: 'HP hilang' }),
    ).toEqual({ ok: true });
    expect((await sessionStateOf(u.id))!.sessionVersion).toBe(before + 1);
    expect(
      await q(
        sql`select count(*) as n from api_tokens where user_id = ${u.id} and revoked_at is not null`,
      ),
    ).toEqual({ n: 1 });
    expect(await audits('user.sessions_end')).toBe(1);
  });

  it('grants and revokes gate staff, read fresh on the next request; never for an admin', async () => {
    const u = await activeWallet(PIN);
    const admin = await adminId();
    expect((await sessionStateOf(u.id))!.role).toBe('passenger');
    expect(await grantPetugas(admin, u.id)).toEqual({ ok: true });
    expect((await sessionStateOf(u.id))!.role).toBe('petugas');
    expect(await grantPetugas(admin, u.id)).toEqual({ ok: false, code: 'already_staff' });
    expect(await grantPetugas(admin, admin)).toEqual({ ok: false, code: 'is_admin' });
    expect(await revokePetugas(admin, u.id)).toEqual({ ok: true });
    expect((await sessionStateOf(u.id))!.role).toBe('passenger');
    expect(await revokePetugas(admin, u.id)).toEqual({ ok: false, code: 'not_staff' });
    expect(await audits('role.grant')).toBe(1);
    expect(await audits('role.revoke')).toBe(1);
  });
});
