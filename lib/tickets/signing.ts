import crypto from 'node:crypto';
import { z } from 'zod';
import { seal, unseal } from './envelope';

/**
 * Ticket signatures are Ed25519, not HMAC: a gate needs only the PUBLIC key to check a QR offline,
 * so a lost or hacked gate device cannot mint tickets (with HMAC every verifier could also sign).
 * The private key is derived deterministically from TICKET_SIGNING_KEY (SHA-256 as the 32-byte
 * seed), so every server process and restart signs with the same key and no key file is needed.
 */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export type TicketKeys = { privateKey: crypto.KeyObject; publicKey: crypto.KeyObject };

/** The signing key pair for a secret. */
export function ticketKeys(secret: string): TicketKeys {
  const seed = crypto.createHash('sha256').update(`kai-ticket-ed25519:${secret}`).digest();
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return { privateKey, publicKey: crypto.createPublicKey(privateKey) };
}

/** The public key as base64 SPKI DER, to install on gates. */
export function exportPublicKey(keys: TicketKeys): string {
  return keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
}

/** A gate's installed public key (base64 SPKI DER) as a key object. */
export function importPublicKey(spkiBase64: string): crypto.KeyObject {
  return crypto.createPublicKey({
    key: Buffer.from(spkiBase64, 'base64'),
    format: 'der',
    type: 'spki',
  });
}

/**
 * What a boarding pass QR says: what the printed pass shows, bound to one trip (train + service date
 * + stations + departure), one seat and a validity window. The window starts when boarding opens,
 * which is when the booking can no longer be cancelled or rescheduled.
 */
export const BoardingClaimsSchema = z.strictObject({
  /** ticket number */ n: z.string().min(1).max(40),
  /** passenger name */ p: z.string().max(120),
  /** train number */ t: z.string().min(1).max(10),
  /** service date YYYY-MM-DD */ d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** origin, destination codes */ o: z.string().min(1).max(5),
  to: z.string().min(1).max(5),
  /** departure HH:MM WIB */ dep: z.string().regex(/^\d{2}:\d{2}$/),
  /** "EKS-1/10C" or "lap" for an infant */ s: z.string().min(1).max(20),
  /** valid from (epoch seconds): boarding opens */ nbf: z.number().int().nonnegative(),
  /** valid until (epoch seconds): arrival plus a margin for delays */ exp: z
    .number()
    .int()
    .nonnegative(),
});
export type TicketClaims = z.infer<typeof BoardingClaimsSchema>;

/**
 * "KAI2": the boarding pass format. "KAI1" QRs (shown right after payment before boarding passes
 * existed, with no validity window) are refused: a KAI1 signature covers "KAI1.<body>" only.
 */
const PREFIX = 'KAI2';

/** "KAI2.<claims base64url>.<Ed25519 signature base64url>" */
export function signTicket(claims: TicketClaims, keys: TicketKeys): string {
  return seal(PREFIX, claims, keys.privateKey);
}

/** The claims of a genuine boarding pass, or null for anything forged, altered, malformed or of another kind. */
export function verifyTicket(payload: string, publicKey: crypto.KeyObject): TicketClaims | null {
  const parsed = BoardingClaimsSchema.safeParse(unseal(PREFIX, payload, publicKey, 2000));
  return parsed.success ? parsed.data : null;
}
