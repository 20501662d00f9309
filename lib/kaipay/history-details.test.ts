import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { holdFor } from '@/lib/checkout/testing/fixtures';
import { cancelBooking } from '@/lib/booking/cancel';
import { rescheduleBooking } from '@/lib/booking/reschedule';
import { openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { walletHistory } from '@/lib/wallet/queries';
import { historyDetails } from './history-details';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';
/** Riwayat as the page reads it: each row's purpose and the booking's train and route. */
async function riwayat(userId: number) {
  const { rows } = await walletHistory(userId, 'semua', 1);
  const details = await historyDetails(
    userId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const d = details.get(r.id)!;
    return {
      kind: r.kind,
      amount: r.amount,
      purpose: d.purpose,
      trip:
        d.booking && `${d.booking.trainName} ${d.booking.originName}→${d.booking.destinationName}`,
    };
  });
}

describe('Riwayat rows name the train and route; a reschedule fee is labelled as one (issue 12.8)', () => {
  it('ticket, reschedule fee and fare difference, cancellation refund', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 1_000_000);
    const code = await holdFor(u.id, { seats: ['1A'] });
    expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
    expect(
      await rescheduleBooking(u.id, code, { tripId: await tripOf('4', 2), subClass: 'A' }, PIN),
    ).toMatchObject({ ok: true });
    expect(await cancelBooking(u.id, code)).toMatchObject({ ok: true });
    const rows = await riwayat(u.id);
    expect(rows.map((r) => r.purpose)).toEqual(
      expect.arrayContaining(['ticket', 'rescheduleFee', 'cancelRefund']),
    );
    expect(rows.find((r) => r.kind === 'topup')).toMatchObject({ purpose: null, trip: null });
    for (const r of rows.filter((x) => x.purpose))
      expect(r.trip).toMatch(/^Argo Bromo Anggrek Gambir→Cirebon$/);
  });

  it('never names someone else’s booking', async () => {
    const owner = await activeWallet(PIN);
    await topUp(owner.id, 1_000_000);
    const code = await holdFor(owner.id, { seats: ['2A'] });
    await payWithKaipay(owner.id, code, PIN);
    const stranger = await activeWallet(PIN);
    const ownerEntries = (await walletHistory(owner.id, 'semua', 1)).rows.map((r) => r.id);
    for (const d of (await historyDetails(stranger.id, ownerEntries)).values())
      expect(d.booking).toBeNull();
  });
});
