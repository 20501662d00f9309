import { describe, expect, it } from 'vitest';
import {
  exportPublicKey,
  signTicket,
  ticketKeys,
  verifyTicket,
  type TicketClaims,
} from './signing';

const claims: TicketClaims = {
  c: 'NKD2F0P',
  n: 'NKD2F0P-11',
  p: 'Siti Rahayu',
  t: '2',
  d: '2026-11-26',
  o: 'GMR',
  to: 'SBI',
  dep: '08:00',
  s: 'EKS-1/1A',
};
const keys = ticketKeys('a-development-ticket-signing-key-of-32+chars');

describe('e-ticket QR signatures (Ed25519)', () => {
  it('a gate with only the public key accepts a genuine payload and reads its claims', () => {
    const payload = signTicket(claims, keys);
    expect(payload).toMatch(/^KAI1\.[\w-]+\.[\w-]+$/);
    const gateKey = ticketKeys('a-development-ticket-signing-key-of-32+chars').publicKey;
    expect(verifyTicket(payload, gateKey)).toEqual(claims);
    expect(exportPublicKey(keys)).toBe(
      exportPublicKey(ticketKeys('a-development-ticket-signing-key-of-32+chars')),
    );
  });
  it('refuses an altered seat, another key, garbage and a truncated signature', () => {
    const payload = signTicket(claims, keys);
    const [prefix, , sig] = payload.split('.');
    const forged = `${prefix}.${Buffer.from(JSON.stringify({ ...claims, s: 'LUX-1/1A' })).toString('base64url')}.${sig}`;
    expect(verifyTicket(forged, keys.publicKey)).toBeNull();
    expect(
      verifyTicket(payload, ticketKeys('another-key-another-key-another-key').publicKey),
    ).toBeNull();
    for (const bad of ['', 'KAI1..', 'hello', payload.slice(0, -5), `KAI2${payload.slice(4)}`])
      expect(verifyTicket(bad, keys.publicKey)).toBeNull();
  });
  it('carries nothing secret: only what the printed ticket shows', () => {
    const body = JSON.parse(
      Buffer.from(signTicket(claims, keys).split('.')[1]!, 'base64url').toString('utf8'),
    );
    expect(Object.keys(body).sort()).toEqual(['c', 'd', 'dep', 'n', 'o', 'p', 's', 't', 'to']);
  });
});
