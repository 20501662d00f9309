import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceClock, now } from '@/lib/clock';
import { cancelBooking } from '@/lib/booking/cancel';
import { rescheduleBooking } from '@/lib/booking/reschedule';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, makeUser, topUp } from '@/lib/wallet/testing/fixtures';
import { openBoardingPass, ownTickets } from './queries';
import { verifyTicketPayload } from './verify';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

const PIN = '582917';

describe('e-tickets', () => {
  it('are shown to their owner only, verify while current, and fail once rescheduled or cancelled', async () => {
    const u = await activeWallet(PIN);
    topUp(u.id, 1_500_000);
    const code = holdFor(u.id, { seats: ['4A'], infants: 1 });
    await payWithKaipay(u.id, code, PIN);
    expect(ownTickets(makeUser().id, code)).toBeNull();
    const first = ownTickets(u.id, code)!;
    expect(first.tickets.map((t) => [t.number, t.coach, t.seatLabel])).toEqual([
      [`${code}-11`, 'EKS-1', '4A'],
      [`${code}-12`, null, null],
    ]);
    expect(verifyTicketPayload(first.tickets[1]!.payload)).toMatchObject({
      valid: true,
      claims: { c: code, s: 'lap', o: 'GMR', to: 'CN' },
    });
    const p = first.tickets[0]!.payload;
    const flipped = `${p.slice(0, -20)}${p.at(-20) === 'A' ? 'B' : 'A'}${p.slice(-19)}`;
    expect(verifyTicketPayload(flipped)).toEqual({ valid: false, reason: 'bad_signature' });

    expect(
      await rescheduleBooking(u.id, code, { tripId: tripOf('4', 2), subClass: 'A' }, PIN),
    ).toMatchObject({ ok: true });
    expect(verifyTicketPayload(first.tickets[0]!.payload)).toMatchObject({
      valid: false,
      reason: 'void',
    });
    const second = ownTickets(u.id, code)!;
    expect(verifyTicketPayload(second.tickets[0]!.payload)).toMatchObject({
      valid: true,
      claims: { n: `${code}-21` },
    });
    expect(await cancelBooking(u.id, code)).toMatchObject({ ok: true });
    expect(verifyTicketPayload(second.tickets[0]!.payload)).toMatchObject({
      valid: false,
      reason: 'cancelled',
    });
  });

  it('the e-boarding pass opens 2 hours before departure and then blocks cancellation', async () => {
    const u = await activeWallet(PIN);
    topUp(u.id, 1_000_000);
    const code = holdFor(u.id, { seats: ['6B'] });
    await payWithKaipay(u.id, code, PIN);
    const { departsAt } = bookingRow(code);
    expect(openBoardingPass(u.id, code)).toEqual({
      ok: false,
      code: 'not_open_yet',
      opensAt: departsAt - 2 * 3_600_000,
    });
    advanceClock(departsAt - 2 * 3_600_000 - now());
    expect(openBoardingPass(makeUser().id, code)).toEqual({ ok: false, code: 'not_found' });
    expect(openBoardingPass(u.id, code)).toEqual({ ok: true });
    expect(ownTickets(u.id, code)!.tickets[0]!.boardingPassAt).toEqual(expect.any(Number));
    expect(await cancelBooking(u.id, code)).toEqual({ ok: false, code: 'too_late' });
  });
});
