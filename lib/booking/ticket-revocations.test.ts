import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import { boardingOpensAt } from './fees';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { advanceClock, now } from '@/lib/clock';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { boardingPasses } from './boarding-passes';
import { gateCheck } from '@/lib/tickets/gate';
import { mergeRevocations, openRevocationList } from '@/lib/tickets/revocation-list';
import {
  revocationList,
  revokeTickets,
  revokeTripTickets,
  signedRevocationList,
} from '@/lib/tickets/revocations';
import { atGate, syncedGate } from './testing/gate';
import { refusalOf } from './testing/refusal';
import { verifyTicketPayload } from '@/lib/tickets/verify';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const PIN = '582917';

async function boardingOpen() {
  const u = await activeWallet(PIN);
  await topUp(u.id, 1_500_000);
  const code = await holdFor(u.id, { seats: ['4A', '4B'] });
  expect(await payWithKaipay(u.id, code, PIN)).toMatchObject({ ok: true });
  const { departsAt, tripId } = await bookingRow(code);
  advanceClock(boardingOpensAt(departsAt) + 60_000 - now());
  const passes = await boardingPasses(u.id, code);
  if (!passes.ok) throw new Error(passes.code);
  return { u, code, tripId, payloads: passes.passes.map((p) => p.payload!) };
}
const revoke = (numbers: string[]) =>
  inTransaction((tx) => revokeTickets(tx, { numbers, reason: 'fraud', at: now() }));

describe('the signed, versioned revocation list', () => {
  it('a ticket revoked after boarding opened is in the signed list and then fails offline', async () => {
    const { u, code, payloads } = await boardingOpen();
    const before = await syncedGate();
    expect(before.revocations).toMatchObject({ version: 0, entries: [] });
    expect(await atGate(payloads[0]!)).toMatchObject({ accept: true });

    expect(await revoke([`${code}-11`, 'NOPE000-11'])).toEqual({ version: 1, added: 1 });
    const after = await syncedGate();
    expect(after.revocations).toMatchObject({
      version: 1,
      entries: [{ version: 1, number: `${code}-11`, reason: 'fraud' }],
    });
    expect(await atGate(payloads[0]!)).toMatchObject({ accept: false, reason: 'revoked' });
    expect(await atGate(payloads[1]!)).toMatchObject({ accept: true });
    // A gate still on the old list would let it on: the list is what carries the revocation.
    expect(gateCheck({ payload: payloads[0]!, ...before, at: now() })).toMatchObject({
      accept: true,
    });
    expect(await verifyTicketPayload(payloads[0]!)).toMatchObject({
      valid: false,
      reason: 'revoked',
    });
    const again = await boardingPasses(u.id, code);
    expect(again.ok && again.passes.map((p) => [p.revoked, p.payload === null])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it('versions only grow; a gate syncs deltas with since=<its version>', async () => {
    const { code, tripId, payloads } = await boardingOpen();
    const gate = await syncedGate();
    expect(await revoke([`${code}-11`])).toEqual({ version: 1, added: 1 });
    expect(await revoke([`${code}-11`])).toEqual({ version: 1, added: 0 });
    expect(
      await inTransaction((tx) =>
        revokeTripTickets(tx, { tripId, reason: 'trip_cancelled', at: now() }),
      ),
    ).toEqual({ version: 2, added: 1 });
    const delta = openRevocationList(
      await signedRevocationList(gate.revocations.version, now()),
      gate.publicKey,
    )!;
    expect(delta).toMatchObject({ since: 0, version: 2 });
    const partial = openRevocationList(await signedRevocationList(1, now()), gate.publicKey)!;
    expect(partial.entries.map((e) => [e.version, e.number, e.reason])).toEqual([
      [2, `${code}-12`, 'trip_cancelled'],
    ]);
    const merged = mergeRevocations(gate.revocations, delta)!;
    for (const payload of payloads)
      expect(
        gateCheck({ payload, publicKey: gate.publicKey, revocations: merged, at: now() }),
      ).toMatchObject({ accept: false, reason: 'revoked' });
    // Append-only: a revocation is never edited or removed.
    expect(await refusalOf(sql`update ticket_revocations set reason = 'manual'`)).toMatch(
      /append-only/,
    );
    expect(await refusalOf(sql`delete from ticket_revocations`)).toMatch(/append-only/);
    expect(await row(sql`select count(*) as n from ticket_revocations`)).toEqual({ n: 2 });
  });

  it('leaves out entries whose tickets can no longer be valid anywhere', async () => {
    const { code } = await boardingOpen();
    await revoke([`${code}-11`]);
    expect((await revocationList(0, now())).entries).toHaveLength(1);
    expect(await revocationList(0, now() + 4 * 86_400_000)).toMatchObject({
      version: 1,
      entries: [],
    });
  });
});
