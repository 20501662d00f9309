import { sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { row } from '@/db';
import { cancelBooking } from '@/lib/booking/cancel';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { balanceOf, bookingRow, holdFor, transfersWithKey } from '@/lib/checkout/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { adminCancelBooking } from './booking-refund';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
const q = async <T>(query: SQL) => (await row<T>(query))!;
const actorUserId = async () =>
  (await q<{ id: number }>(sql`select id from users where email = 'admin@kai-access.test'`)).id;

describe('an officer cancels a booking by hand', () => {
  it('refunds a paid booking in full to KAIPay, once, whoever cancels after', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 1_000_000);
    const code = await holdFor(u.id);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    const total = (await bookingRow(code)).total;
    const input = { actorUserId: await actorUserId(), code, reason: 'Penumpang sakit' };
    expect(await adminCancelBooking(input)).toEqual({
      ok: true,
      kind: 'refunded',
      amount: total,
      to: 'kaipay',
    });
    expect(await balanceOf(u.id)).toBe(1_000_000);
    expect(await adminCancelBooking(input)).toEqual({ ok: false, code: 'not_refundable' });
    // The passenger's own cancellation finds it done and refunds nothing more.
    expect(await cancelBooking(u.id, code)).toMatchObject({
      ok: true,
      alreadyCancelled: true,
      fee: 0,
      refund: total,
    });
    expect(await balanceOf(u.id)).toBe(1_000_000);
    expect(await transfersWithKey(`booking:${code}:refund`)).toBe(1);
    expect(await q(sql`select status, fee, amount from booking_refunds`)).toEqual({
      status: 'to_kaipay',
      fee: 0,
      amount: total,
    });
    expect(
      await q(sql`select count(*) as n from audit_log where action = 'booking.refund'`),
    ).toEqual({ n: 1 });
    expect(await q(sql`select count(*) as n from ticket_revocations`)).toEqual({ n: 0 });
    expect(await checkLedgerInvariants()).toEqual([]);
  });

  it('releases an unpaid hold and refuses an unknown code', async () => {
    const u = await activeWallet(PIN);
    const code = await holdFor(u.id);
    const input = { actorUserId: await actorUserId(), code, reason: 'Salah pesan' };
    expect(await adminCancelBooking(input)).toEqual({ ok: true, kind: 'released' });
    expect((await bookingRow(code)).status).toBe('cancelled');
    expect(await q(sql`select count(*) as n from seat_segments`)).toEqual({ n: 0 });
    expect(await adminCancelBooking({ ...input, code: 'ZZZZZZZ' })).toEqual({
      ok: false,
      code: 'not_found',
    });
  });
});
