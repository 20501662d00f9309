import { describe, expect, it } from 'vitest';
import { gateCheck, MAX_REVOCATION_LIST_AGE_MS } from './gate';
import type { RevocationList } from './revocation-list';
import { signTicket, ticketKeys, type TicketClaims } from './signing';

const keys = ticketKeys('a-development-ticket-signing-key-of-32+chars');
const opens = 1_795_000_000_000;
const claims: TicketClaims = {
  n: 'NKD2F0P-11',
  p: 'Siti Rahayu',
  t: '2',
  d: '2026-11-26',
  o: 'GMR',
  to: 'CN',
  dep: '08:00',
  s: 'EKS-1/1A',
  nbf: opens / 1000,
  exp: opens / 1000 + 10 * 3600,
};
const payload = signTicket(claims, keys);
const at = opens + 3_600_000;
const empty: RevocationList = { version: 0, since: 0, issuedAt: at - 60_000, entries: [] };
const check = (over: Partial<Parameters<typeof gateCheck>[0]> = {}) =>
  gateCheck({ payload, publicKey: keys.publicKey, revocations: empty, at, ...over });

describe('the offline gate check', () => {
  it('accepts a genuine pass inside its window for this train, date and station', () => {
    expect(
      check({ expect: { serviceDate: '2026-11-26', trainNumber: '2', stationCode: 'GMR' } }),
    ).toEqual({ accept: true, claims });
  });
  it('refuses a forged or foreign payload', () => {
    expect(check({ payload: payload.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })).toEqual({
      accept: false,
      reason: 'bad_signature',
    });
    expect(check({ publicKey: ticketKeys('y'.repeat(40)).publicKey })).toMatchObject({
      reason: 'bad_signature',
    });
  });
  it('refuses before boarding opens and after the window', () => {
    expect(check({ at: opens - 1 })).toMatchObject({ accept: false, reason: 'not_yet_valid' });
    expect(check({ at: opens })).toMatchObject({ accept: true });
    const late = claims.exp * 1000 + 1;
    expect(check({ at: late, revocations: { ...empty, issuedAt: late } })).toMatchObject({
      accept: false,
      reason: 'expired',
    });
  });
  it('refuses a revoked ticket, and only that one', () => {
    const revocations: RevocationList = {
      ...empty,
      version: 7,
      entries: [
        { version: 7, number: 'NKD2F0P-11', reason: 'fraud', validUntil: opens + 86_400_000 },
      ],
    };
    expect(check({ revocations })).toMatchObject({ accept: false, reason: 'revoked' });
    const other = signTicket({ ...claims, n: 'NKD2F0P-12' }, keys);
    expect(check({ revocations, payload: other })).toMatchObject({ accept: true });
  });
  it('refuses another date, train or boarding station', () => {
    expect(check({ expect: { serviceDate: '2026-11-27' } })).toMatchObject({
      reason: 'wrong_date',
    });
    expect(check({ expect: { trainNumber: '4' } })).toMatchObject({ reason: 'wrong_train' });
    expect(check({ expect: { stationCode: 'CN' } })).toMatchObject({ reason: 'wrong_station' });
  });
  it('will not decide on a revocation list older than allowed', () => {
    const old = { ...empty, issuedAt: at - MAX_REVOCATION_LIST_AGE_MS - 1 };
    expect(check({ revocations: old })).toMatchObject({
      accept: false,
      reason: 'revocation_list_stale',
    });
  });
});
