import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
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
afterEach(() => tmp.cleanup());

const PIN = '582917';
const q = <T>(query: string, ...args: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .get(...args) as T;
const actorUserId = () =>
  q<{ id: number }>("select id from users where email = 'admin@kai-access.test'").id;

describe('an officer cancels a booking by hand', () => {
  it('refunds a paid booking in full to KAIPay, once, whoever cancels after', async () => {
    const u = await activeWallet(PIN);
    topUp(u.id, 1_000_000);
    const code = holdFor(u.id);
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    const total = bookingRow(code).total;
    const input = { actorUserId: actorUserId(), code, reason: 'Penumpang sakit' };
    expect(await adminCancelBooking(input)).toEqual({
      ok: true,
      kind: 'refunded',
      amount: total,
      to: 'kaipay',
    });
    expect(balanceOf(u.id)).toBe(1_000_000);
    expect(await adminCancelBooking(input)).toEqual({ ok: false, code: 'not_refundable' });
    // The passenger's own cancellation finds it done and refunds nothing more.
    expect(await cancelBooking(u.id, code)).toMatchObject({
      ok: true,
      alreadyCancelled: true,
      fee: 0,
      refund: total,
    });
    expect(balanceOf(u.id)).toBe(1_000_000);
    expect(transfersWithKey(`booking:${code}:refund`)).toBe(1);
    expect(q('select status, fee, amount from booking_refunds')).toEqual({
      status: 'to_kaipay',
      fee: 0,
      amount: total,
    });
    expect(q("select count(*) n from audit_log where action = 'booking.refund'")).toEqual({ n: 1 });
    expect(q('select count(*) n from ticket_revocations')).toEqual({ n: 0 });
    expect(checkLedgerInvariants()).toEqual([]);
  });

  it('releases an unpaid hold and refuses an unknown code', async () => {
    const u = await activeWallet(PIN);
    const code = holdFor(u.id);
    const input = { actorUserId: actorUserId(), code, reason: 'Salah pesan' };
    expect(await adminCancelBooking(input)).toEqual({ ok: true, kind: 'released' });
    expect(bookingRow(code).status).toBe('cancelled');
    expect(q('select count(*) n from seat_segments')).toEqual({ n: 0 });
    expect(await adminCancelBooking({ ...input, code: 'ZZZZZZZ' })).toEqual({
      ok: false,
      code: 'not_found',
    });
  });
});
