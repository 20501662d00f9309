import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row } from '@/db';
import { boardingOpensAt } from './fees';
import { cancelBooking, cancellationQuote } from './cancel';
import { rescheduleBooking } from './reschedule';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { advanceClock, now } from '@/lib/clock';
import { openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, makeUser, topUp } from '@/lib/wallet/testing/fixtures';
import { boardingPasses } from './boarding-passes';
import { atGate, gateDecisionsFor, legacyQr, whatThePassengerSaw } from './testing/gate';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';

async function paidBooking(seats = ['4A']) {
  const u = await activeWallet(PIN);
  await topUp(u.id, 1_500_000);
  const code = await holdFor(u.id, { seats });
  expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
  const phone = (await row<{ p: string }>(
    sql`select contact_phone as p from bookings where code = ${code}`,
  ))!.p;
  return { u, code, phone };
}
const moveTo = (at: number) => advanceClock(at - now());

describe('boarding credentials exist only once they can no longer be revoked by the passenger', () => {
  it('pay → cancel: nothing the passenger could have saved boards offline', async () => {
    const { u, code, phone } = await paidBooking();
    const { departsAt } = await bookingRow(code);
    // Right after payment there is no credential to save at all: the issuing function refuses.
    expect(await boardingPasses(u.id, code)).toEqual({
      ok: false,
      code: 'not_open_yet',
      opensAt: boardingOpensAt(departsAt),
    });
    const saved = await whatThePassengerSaw(u.id, code, phone);
    expect(saved).toContain(code);
    expect(saved).not.toMatch(/KAI\d\./);
    expect(await cancelBooking(u.id, code)).toMatchObject({ ok: true, refund: 217_500 });

    moveTo(boardingOpensAt(departsAt) + 30 * 60_000);
    expect(await boardingPasses(u.id, code)).toEqual({ ok: false, code: 'not_found' });
    for (const decision of await gateDecisionsFor(saved)) expect(decision.accept).toBe(false);
    // The QR old code showed right after payment (KAI1) is refused by the gate, same key or not.
    expect(await atGate(await legacyQr(`${code}-11`))).toEqual({
      accept: false,
      reason: 'bad_signature',
    });
  });

  it('pay → Ubah Jadwal: the old trip never had a credential; the new pass boards only the new train', async () => {
    const { u, code, phone } = await paidBooking();
    const before = await whatThePassengerSaw(u.id, code, phone);
    expect(
      await rescheduleBooking(u.id, code, { tripId: await tripOf('4', 2), subClass: 'A' }, PIN),
    ).toMatchObject({ ok: true });
    const { departsAt } = await bookingRow(code);
    const after = await whatThePassengerSaw(u.id, code, phone);

    moveTo(boardingOpensAt(departsAt));
    for (const decision of await gateDecisionsFor(before + after))
      expect(decision.accept).toBe(false);
    expect(await atGate(await legacyQr(`${code}-11`))).toMatchObject({
      accept: false,
      reason: 'bad_signature',
    });
    const passes = await boardingPasses(u.id, code);
    if (!passes.ok) throw new Error(passes.code);
    const [pass] = passes.passes;
    expect(pass).toMatchObject({ number: `${code}-21`, revoked: false });
    const d = passes.booking.serviceDate;
    expect(await atGate(pass!.payload!, { trainNumber: '4', serviceDate: d })).toMatchObject({
      accept: true,
      claims: { n: `${code}-21`, t: '4', d, o: 'GMR', to: 'CN' },
    });
    expect(await atGate(pass!.payload!, { trainNumber: '2' })).toMatchObject({
      reason: 'wrong_train',
    });
  });

  it('boarding opens at the very instant cancel and Ubah Jadwal close', async () => {
    const { u, code } = await paidBooking();
    const opens = boardingOpensAt((await bookingRow(code)).departsAt);
    // The clock runs on between calls, so "just before" is a second before (the exact instant is
    // pinned by lib/booking/fees.test.ts).
    moveTo(opens - 1000);
    expect(await boardingPasses(u.id, code)).toMatchObject({ ok: false, code: 'not_open_yet' });
    expect(await cancellationQuote(u.id, code)).toMatchObject({ ok: true });
    moveTo(opens);
    const passes = await boardingPasses(u.id, code);
    expect(passes.ok).toBe(true);
    // Nobody opened the pass page, yet the credential exists: so nothing may change now.
    expect(await cancelBooking(u.id, code)).toEqual({ ok: false, code: 'too_late' });
    expect(
      await rescheduleBooking(u.id, code, { tripId: await tripOf('4', 2), subClass: 'A' }, PIN),
    ).toEqual({ ok: false, code: 'too_late' });
    expect(passes.ok && (await atGate(passes.passes[0]!.payload!))).toMatchObject({
      accept: true,
    });
  });

  it('is the same credential however often it is opened; none for anyone else or a cancelled trip', async () => {
    const { u, code } = await paidBooking();
    const { departsAt, tripId } = await bookingRow(code);
    moveTo(boardingOpensAt(departsAt) + 1000);
    const a = await boardingPasses(u.id, code);
    expect(a.ok).toBe(true);
    advanceClock(60_000);
    expect(await boardingPasses(u.id, code)).toEqual(a);
    expect(await boardingPasses((await makeUser()).id, code)).toEqual({
      ok: false,
      code: 'not_found',
    });
    await inTransaction((tx) =>
      execute(sql`update trips set status = 'cancelled' where id = ${tripId}`, tx),
    );
    expect(await boardingPasses(u.id, code)).toEqual({ ok: false, code: 'trip_cancelled' });
  });
});
