import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction } from '@/db';
import { advanceClock, now } from '@/lib/clock';
import { boardingOpensAt } from './fees';
import { cancelBooking } from './cancel';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet, makeUser, topUp } from '@/lib/wallet/testing/fixtures';
import { boardingPasses } from './boarding-passes';
import { openBoardingPass, ownTickets } from './e-tickets';
import { verifyTicketPayload } from '@/lib/tickets/verify';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';

describe('e-tickets', () => {
  it('are shown to their owner only, as references (seat, lap) with no credential', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 1_500_000);
    const code = await holdFor(u.id, { seats: ['4A'], infants: 1 });
    await payWithKaipay(u.id, code, PIN);
    expect(await ownTickets((await makeUser()).id, code)).toBeNull();
    const first = (await ownTickets(u.id, code))!;
    expect(first.tickets.map((t) => [t.number, t.coach, t.seatLabel])).toEqual([
      [`${code}-11`, 'EKS-1', '4A'],
      [`${code}-12`, null, null],
    ]);
    expect(Object.keys(first.tickets[0]!)).not.toContain('payload');
  });

  it('online verify: the gate decision, then what only the database knows', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 1_500_000);
    const code = await holdFor(u.id, { seats: ['4A'], infants: 1 });
    await payWithKaipay(u.id, code, PIN);
    const opens = boardingOpensAt((await bookingRow(code)).departsAt);
    advanceClock(opens - now());
    const passes = await boardingPasses(u.id, code);
    if (!passes.ok) throw new Error(passes.code);
    const [adult, infant] = passes.passes.map((p) => p.payload!);
    expect(await verifyTicketPayload(infant!)).toMatchObject({
      valid: true,
      claims: { n: `${code}-12`, s: 'lap', o: 'GMR', to: 'CN', nbf: opens / 1000 },
    });
    const flipped = `${adult!.slice(0, -20)}${adult!.at(-20) === 'A' ? 'B' : 'A'}${adult!.slice(-19)}`;
    expect(await verifyTicketPayload(flipped)).toEqual({ valid: false, reason: 'bad_signature' });
    // A booking closed behind the list's back (no revocation): offline would pass, online does not.
    await inTransaction((tx) =>
      execute(sql`update bookings set status = 'cancelled' where code = ${code}`, tx),
    );
    expect(await verifyTicketPayload(adult!)).toMatchObject({ valid: false, reason: 'cancelled' });
    advanceClock(2 * 86_400_000);
    expect(await verifyTicketPayload(adult!)).toMatchObject({ valid: false, reason: 'expired' });
  });

  it('the e-boarding pass opens 2 hours before departure and then blocks cancellation', async () => {
    const u = await activeWallet(PIN);
    await topUp(u.id, 1_000_000);
    const code = await holdFor(u.id, { seats: ['6B'] });
    await payWithKaipay(u.id, code, PIN);
    const { departsAt } = await bookingRow(code);
    expect(await openBoardingPass(u.id, code)).toEqual({
      ok: false,
      code: 'not_open_yet',
      opensAt: departsAt - 2 * 3_600_000,
    });
    advanceClock(departsAt - 2 * 3_600_000 - now());
    expect(await openBoardingPass((await makeUser()).id, code)).toEqual({
      ok: false,
      code: 'not_found',
    });
    expect(await openBoardingPass(u.id, code)).toEqual({ ok: true });
    expect((await ownTickets(u.id, code))!.tickets[0]!.boardingPassAt).toEqual(expect.any(Number));
    expect(await cancelBooking(u.id, code)).toEqual({ ok: false, code: 'too_late' });
  });
});
