import { describe, expect, it } from 'vitest';
import { ticketKeys } from './signing';
import {
  mergeRevocations,
  openRevocationList,
  signRevocationList,
  type RevocationList,
} from './revocation-list';
import { signTicket } from './signing';

const keys = ticketKeys('a-development-ticket-signing-key-of-32+chars');
const entry = (version: number, number: string) => ({
  version,
  number,
  reason: 'trip_cancelled' as const,
  validUntil: 2_000_000_000_000,
});
const list: RevocationList = {
  version: 2,
  since: 0,
  issuedAt: 1_795_000_000_000,
  entries: [entry(1, 'ABC1234-11'), entry(2, 'ABC1234-12')],
};

describe('signed revocation list', () => {
  it('opens with the public key', () => {
    const signed = signRevocationList(list, keys.privateKey);
    expect(signed).toMatch(/^KAIREV1\.[\w-]+\.[\w-]+$/);
    expect(openRevocationList(signed, keys.publicKey)).toEqual(list);
  });
  it('a tampered list fails its signature: an entry dropped, a version raised, another key', () => {
    const signed = signRevocationList(list, keys.privateKey);
    const [prefix, , sig] = signed.split('.');
    const reencode = (l: RevocationList) =>
      `${prefix}.${Buffer.from(JSON.stringify(l)).toString('base64url')}.${sig}`;
    expect(
      openRevocationList(reencode({ ...list, entries: list.entries.slice(0, 1) }), keys.publicKey),
    ).toBeNull();
    expect(
      openRevocationList(reencode({ ...list, issuedAt: 1_900_000_000_000 }), keys.publicKey),
    ).toBeNull();
    expect(
      openRevocationList(
        signRevocationList(list, ticketKeys('x'.repeat(40)).privateKey),
        keys.publicKey,
      ),
    ).toBeNull();
    expect(openRevocationList(signed.slice(0, -3), keys.publicKey)).toBeNull();
  });
  it('a boarding pass signature cannot pass as a list (its own prefix)', () => {
    const [, body, sig] = signTicket(
      {
        n: 'X-11',
        p: 'A',
        t: '2',
        d: '2026-11-26',
        o: 'GMR',
        to: 'CN',
        dep: '08:00',
        s: 'lap',
        nbf: 1,
        exp: 2,
      },
      keys,
    ).split('.');
    expect(openRevocationList(`KAIREV1.${body}.${sig}`, keys.publicKey)).toBeNull();
  });
  it('merges a delta that continues the list and refuses one that skips versions', () => {
    const delta: RevocationList = {
      version: 3,
      since: 2,
      issuedAt: 1_795_000_100_000,
      entries: [entry(3, 'XYZ9876-21')],
    };
    expect(mergeRevocations(list, delta)).toEqual({
      version: 3,
      since: 0,
      issuedAt: 1_795_000_100_000,
      entries: [...list.entries, entry(3, 'XYZ9876-21')],
    });
    expect(mergeRevocations(list, { ...delta, since: 3, version: 4 })).toBeNull();
    expect(mergeRevocations(list, { ...delta, since: 0, version: 1, entries: [] })).toBeNull();
  });
});
