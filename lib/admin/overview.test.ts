import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { now } from '@/lib/clock';
import { confirmBookingPaid } from '@/lib/checkout/confirm';
import { bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { cancelTrip } from '@/lib/booking/cancel-trip';
import { wibDate } from '@/lib/dates';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { makeUser } from '@/lib/wallet/testing/fixtures';
import { overviewAlerts } from './alerts';
import { dailySeries, occupancyNext7Days, todayFigures } from './overview';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

describe('the overview', () => {
  it("counts today's sales and refunds, draws them on today's bar, loads the train and raises the bank refund alert", async () => {
    const fresh = todayFigures();
    expect(fresh).toMatchObject({ ticketsSold: 0, revenue: 0, refunds: 0 });
    expect(overviewAlerts()).toEqual([]);
    const code = holdFor(makeUser().id, { seats: ['1A', '1B'] });
    const b = bookingRow(code);
    getDb().transaction(
      (tx) => confirmBookingPaid(tx, { bookingId: b.id, method: 'va', at: now() }),
      { behavior: 'immediate' },
    );
    expect(todayFigures()).toMatchObject({ ticketsSold: 2, revenue: 580_000 });
    const train2 = occupancyNext7Days().find((r) => r.number === '2')!;
    expect(train2.trips).toBe(7);
    expect(train2.occupancy).toBeGreaterThan(0);
    const admin = getDb().$client.prepare("select id from users where role = 'admin'").get() as {
      id: number;
    };
    await cancelTrip({ tripId: b.tripId, actorUserId: admin.id, reason: 'Banjir' });
    expect(todayFigures().refunds).toBe(580_000);
    const series = dailySeries(30);
    expect(series.sales).toHaveLength(30);
    expect(series.sales.at(-1)).toEqual({ date: wibDate(now()), value: 580_000 });
    expect(series.refunds.at(-1)!.value).toBe(580_000);
    expect(series.sales.slice(0, -1).every((p) => p.value === 0)).toBe(true);
    // The passenger had no KAIPay: the full refund is owed to the bank that paid.
    expect(overviewAlerts()).toEqual([
      { kind: 'refunds_owed', count: 1, amount: 580_000, href: '/admin/payments' },
    ]);
    // Once an officer records the bank transfer, it no longer needs attention.
    const refund = getDb().$client.prepare('select id from booking_refunds').get() as {
      id: number;
    };
    getDb()
      .$client.prepare(
        "insert into refund_payouts (refund_id, bank_reference, paid_out_by, transfer_id, paid_out_at) values (?, 'TRF-0001', ?, 0, 0)",
      )
      .run(refund.id, admin.id);
    expect(overviewAlerts()).toEqual([]);
  });
});
