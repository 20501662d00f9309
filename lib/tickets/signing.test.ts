import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  exportPublicKey,
  importPublicKey,
  signTicket,
  ticketKeys,
  verifyTicket,
  type TicketClaims,
} from './signing';

const claims: TicketClaims = {
  n: 'NKD2F0P-11',
  p: 'Siti Rahayu',
  t: '2',
  d: '2026-11-26',
  o: 'GMR',
  to: 'SBI',
  dep: '08:00',
  s: 'EKS-1/1A',
  nbf: 1_795_000_000,
  exp: 1_795_040_000,
};
const keys = ticketKeys('a-development-ticket-signing-key-of-32+chars');
/** The claims as they were before boarding passes had a validity window. */
const withoutWindow = () => {
  const old: Partial<TicketClaims> = { ...claims };
  delete old.nbf;
  delete old.exp;
  return old;
};

/** A payload in the format every paid ticket showed before boarding passes existed. */
function legacyKai1(body: object): string {
  const b = Buffer.from(JSON.stringify(body)).toString('base64url');
  const sig = crypto.sign(null, Buffer.from(`KAI1.${b}`), keys.privateKey).toString('base64url');
  return `KAI1.${b}.${sig}`;
}

describe('boarding pass QR signatures (Ed25519)', () => {
  it('a gate with only the public key accepts a genuine payload and reads its claims', () => {
    const payload = signTicket(claims, keys);
    expect(payload).toMatch(/^KAI2\.[\w-]+\.[\w-]+$/);
    const gateKey = importPublicKey(
      exportPublicKey(ticketKeys('a-development-ticket-signing-key-of-32+chars')),
    );
    expect(verifyTicket(payload, gateKey)).toEqual(claims);
  });
  it('refuses an altered seat, another key, garbage and a truncated signature', () => {
    const payload = signTicket(claims, keys);
    const [prefix, , sig] = payload.split('.');
    const forged = `${prefix}.${Buffer.from(JSON.stringify({ ...claims, s: 'LUX-1/1A' })).toString('base64url')}.${sig}`;
    expect(verifyTicket(forged, keys.publicKey)).toBeNull();
    expect(
      verifyTicket(payload, ticketKeys('another-key-another-key-another-key').publicKey),
    ).toBeNull();
    for (const bad of ['', 'KAI2..', 'hello', payload.slice(0, -5), `KAI3${payload.slice(4)}`])
      expect(verifyTicket(bad, keys.publicKey)).toBeNull();
  });
  it('refuses an old KAI1 QR (issued at payment, no validity window) even though the key signed it', () => {
    expect(
      verifyTicket(legacyKai1({ c: 'NKD2F0P', ...withoutWindow() }), keys.publicKey),
    ).toBeNull();
    // Nor does relabelling the old body as KAI2 help: the signature covers the prefix.
    const [, body, sig] = legacyKai1(claims).split('.');
    expect(verifyTicket(`KAI2.${body}.${sig}`, keys.publicKey)).toBeNull();
  });
  it('refuses a genuine signature over claims without a validity window', () => {
    expect(
      verifyTicket(signTicket(withoutWindow() as TicketClaims, keys), keys.publicKey),
    ).toBeNull();
  });
  it('carries nothing secret: only what the printed pass shows and its window', () => {
    const body = JSON.parse(
      Buffer.from(signTicket(claims, keys).split('.')[1]!, 'base64url').toString('utf8'),
    );
    expect(Object.keys(body).sort()).toEqual(
      ['d', 'dep', 'exp', 'n', 'nbf', 'o', 'p', 's', 't', 'to'].sort(),
    );
  });
});
