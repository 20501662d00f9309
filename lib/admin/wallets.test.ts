import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
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
afterEach(() => tmp.cleanup());

const PIN = '582917';
const q = <T>(query: string, ...args: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .get(...args) as T;
const adminId = () =>
  q<{ id: number }>("select id from users where email = 'admin@kai-access.test'").id;
const audits = (action: string) =>
  q<{ n: number }>('select count(*) n from audit_log where action = ?', action).n;
const apply = (body: ReturnType<typeof vaNotification>) =>
  applyNotification(NotificationSchema.parse(body), JSON.stringify(body));

async function frozenPassenger(balance = 1_000_000) {
  const u = await activeWallet(PIN);
  topUp(u.id, balance);
  expect(
    freezeWallet({ actorUserId: adminId(), userId: u.id, reason: 'Laporan penipuan' }),
  ).toEqual({ ok: true });
  return u;
}

describe('freezing a wallet', () => {
  it('refuses a KAIPay payment while frozen (nothing charged, booking still unpaid) and pays once unfrozen', async () => {
    const u = await frozenPassenger();
    const code = holdFor(u.id);
    expect(await payWithKaipay(u.id, code, PIN)).toEqual({ ok: false, code: 'wallet_frozen' });
    expect(balanceOf(u.id)).toBe(1_000_000);
    expect(bookingRow(code).status).toBe('awaiting_payment');

    expect(
      unfreezeWallet({ actorUserId: adminId(), userId: u.id, reason: 'Sudah diperiksa' }),
    ).toEqual({ ok: true });
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true, alreadyPaid: false });
    expect(bookingRow(code).status).toBe('paid');
    expect(audits('wallet.freeze')).toBe(1);
    expect(audits('wallet.unfreeze')).toBe(1);
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('returns a top-up for a frozen wallet to the bank, once, however often it is notified', async () => {
    const u = await frozenPassenger(50_000);
    const { number } = await ensureOpenVa(u.id, 'BCA');
    const body = vaNotification(number, 200_000);
    expect(apply(body)).toMatchObject({ result: 'returned', reason: 'wallet_frozen' });
    expect(apply(body).result).toBe('duplicate');
    expect(balanceOf(u.id)).toBe(50_000);
    expect(
      q('select status, outcome, transfer_id from bank_payments where user_id = ?', u.id),
    ).toEqual({ status: 'returned', outcome: 'wallet_frozen', transfer_id: null });
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('owes a cancellation refund to the bank instead of crediting a frozen wallet', async () => {
    const u = await activeWallet(PIN);
    topUp(u.id, 1_000_000);
    const code = holdFor(u.id);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    const afterPaying = balanceOf(u.id);
    freezeWallet({ actorUserId: adminId(), userId: u.id, reason: 'Laporan penipuan' });
    expect(await cancelBooking(u.id, code)).toMatchObject({ ok: true, to: 'bank' });
    expect(balanceOf(u.id)).toBe(afterPaying);
    expect(q('select status from booking_refunds')).toEqual({ status: 'to_bank' });
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('refuses to freeze twice or unfreeze a wallet that is not frozen, and leaves no audit for a refusal', async () => {
    const u = await frozenPassenger();
    const input = { actorUserId: adminId(), userId: u.id, reason: 'Laporan penipuan' };
    expect(freezeWallet(input)).toEqual({ ok: false, code: 'already_frozen' });
    expect(unfreezeWallet(input)).toEqual({ ok: true });
    expect(unfreezeWallet(input)).toEqual({ ok: false, code: 'not_frozen' });
    expect(freezeWallet({ ...input, userId: 999_999 })).toEqual({
      ok: false,
      code: 'wallet_not_found',
    });
    expect(audits('wallet.freeze')).toBe(1);
    expect(audits('wallet.unfreeze')).toBe(1);
  });
});

describe('other wallet and account steps', () => {
  it('lifts a PIN lock so the passenger can pay again at once', async () => {
    const u = await activeWallet(PIN);
    topUp(u.id, 1_000_000);
    const code = holdFor(u.id);
    for (let i = 0; i < 3; i++) await payWithKaipay(u.id, code, '000000');
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: false, code: 'pin_locked' });
    const input = { actorUserId: adminId(), userId: u.id, reason: 'Identitas diperiksa di loket' };
    expect(liftPinLock(input)).toEqual({ ok: true });
    expect(liftPinLock(input)).toEqual({ ok: false, code: 'not_locked' });
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    expect(audits('wallet.pin_unlock')).toBe(1);
  });

  it('ends every session: the version moves on and the API tokens are revoked', async () => {
    const u = await activeWallet(PIN);
    getDb()
      .$client.prepare(
        "insert into api_tokens (user_id, name, token_hash, hint, created_at) values (?, 'hp', 'h', 'kai_', 0)",
      )
      .run(u.id);
    const before = sessionStateOf(u.id)!.sessionVersion;
    expect(endUserSessions({ actorUserId: adminId(), userId: u.id, reason: 'HP hilang' })).toEqual({
      ok: true,
    });
    expect(sessionStateOf(u.id)!.sessionVersion).toBe(before + 1);
    expect(q('select revoked_at is not null r from api_tokens where user_id = ?', u.id)).toEqual({
      r: 1,
    });
    expect(audits('user.sessions_end')).toBe(1);
  });

  it('grants and revokes gate staff, read fresh on the next request; never for an admin', async () => {
    const u = await activeWallet(PIN);
    expect(sessionStateOf(u.id)!.role).toBe('passenger');
    expect(grantPetugas(adminId(), u.id)).toEqual({ ok: true });
    expect(sessionStateOf(u.id)!.role).toBe('petugas');
    expect(grantPetugas(adminId(), u.id)).toEqual({ ok: false, code: 'already_staff' });
    expect(grantPetugas(adminId(), adminId())).toEqual({ ok: false, code: 'is_admin' });
    expect(revokePetugas(adminId(), u.id)).toEqual({ ok: true });
    expect(sessionStateOf(u.id)!.role).toBe('passenger');
    expect(revokePetugas(adminId(), u.id)).toEqual({ ok: false, code: 'not_staff' });
    expect(audits('role.grant')).toBe(1);
    expect(audits('role.revoke')).toBe(1);
  });
});
