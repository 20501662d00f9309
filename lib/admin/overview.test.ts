import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute, inTransaction, row } from '@/db';
import { now } from '@/lib/clock';
import { confirmBookingPaid } from '@/lib/checkout/confirm';
import { bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { cancelTrip } from '@/lib/booking/cancel-trip';
import { addDays, wibDate, wibInstant } from '@/lib/dates';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { makeUser } from '@/lib/wallet/testing/fixtures';
import { overviewAlerts } from './alerts';
import { adminOverview, dailySeries, occupancyNext7Days, todayFigures } from './overview';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

describe('the overview', () => {
  it("counts today's sales and refunds, draws them on today's bar, loads the train and raises the bank refund alert", async () => {
    const fresh = await todayFigures();
    expect(fresh).toMatchObject({ ticketsSold: 0, revenue: 0, refunds: 0 });
    expect(await overviewAlerts()).toEqual([]);
    const code = await holdFor((await makeUser()).id, { seats: ['1A', '1B'] });
    const b = await bookingRow(code);
    await inTransaction(async (tx) => {
      await confirmBookingPaid(tx, { bookingId: b.id, method: 'va', at: now() });
    });
    expect(await todayFigures()).toMatchObject({ ticketsSold: 2, revenue: 580_000 });
    const occupancy = await occupancyNext7Days();
    const train2 = occupancy.find((r) => r.number === '2')!;
    expect(train2.trips).toBe(7);
    expect(train2.occupancy).toBeGreaterThan(0);
    expect(train2.occupancy).toBeLessThan(1);
    // Busiest first; the others have nothing sold yet.
    expect(occupancy[0]!.number).toBe('2');
    expect(occupancy.slice(1).every((r) => r.occupancy === 0)).toBe(true);
    const admin = (await row<{ id: number }>(sql`select id from users where role = 'admin'`))!;
    await cancelTrip({ tripId: b.tripId, actorUserId: admin.id, reason: 'Banjir' });
    expect((await todayFigures()).refunds).toBe(580_000);
    const series = await dailySeries(30);
    expect(series.sales).toHaveLength(30);
    expect(series.sales.at(-1)).toEqual({ date: wibDate(now()), value: 580_000 });
    expect(series.refunds.at(-1)!.value).toBe(580_000);
    expect(series.sales.slice(0, -1).every((p) => p.value === 0)).toBe(true);
    // The passenger had no KAIPay: the full refund is owed to the bank that paid.
    expect(await overviewAlerts()).toEqual([
      { kind: 'refunds_owed', count: 1, amount: 580_000, href: '/admin/payments' },
    ]);
    // Once an officer records the bank transfer, it no longer needs attention.
    const refund = (await row<{ id: number }>(sql`select id from booking_refunds`))!;
    await inTransaction((tx) =>
      execute(
        sql`insert into refund_payouts (refund_id, bank_reference, paid_out_by, transfer_id, paid_out_at)
          values (${refund.id}, 'TRF-0001', ${admin.id}, 0, 0)`,
        tx,
      ),
    );
    expect(await overviewAlerts()).toEqual([]);
  });

  it('puts a sale on the WIB day it was paid: 23:59 and 00:00 WIB are different bars', async () => {
    const today = wibDate(now());
    const codes: string[] = [];
    for (const seat of ['1A', '2A', '3A', '4A'])
      codes.push(await holdFor((await makeUser()).id, { seats: [seat] }));
    const paidAt = [
      wibInstant(addDays(today, -1), 0, 23 * 60 + 59), // yesterday's last minute
      wibInstant(today, 0, 0), // today's first
      wibInstant(addDays(today, -29), 0, 0), // the series' first day
      wibInstant(addDays(today, -29), 0, 0) - 1, // before the series
    ];
    await inTransaction(async (tx) => {
      for (const [i, code] of codes.entries()) {
        const b = await bookingRow(code);
        await confirmBookingPaid(tx, { bookingId: b.id, method: 'va', at: now() });
        await execute(sql`update bookings set paid_at = ${paidAt[i]!} where id = ${b.id}`, tx);
      }
    });
    const sales = (await dailySeries(30)).sales;
    const fare = 290_000;
    expect(sales[0]).toEqual({ date: addDays(today, -29), value: fare });
    expect(sales.at(-2)).toEqual({ date: addDays(today, -1), value: fare });
    expect(sales.at(-1)).toEqual({ date: today, value: fare });
    expect(sales.reduce((sum, p) => sum + p.value, 0)).toBe(3 * fare);
  });

  it('counts the header figures', async () => {
    const count = async (query: ReturnType<typeof sql>) => (await row<{ n: number }>(query))!.n;
    const trains = await count(sql`select count(*) as n from trains`);
    expect(trains).toBeGreaterThan(0);
    expect(await adminOverview()).toEqual({
      passengers: await count(sql`select count(*) as n from users where role = 'passenger'`),
      trains,
      stations: await count(sql`select count(*) as n from stations`),
      tripsNext7Days: trains * 7,
    });
  });
});
