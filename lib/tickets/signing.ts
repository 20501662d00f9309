import crypto from 'node:crypto';

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

/** What a ticket's QR says: only what the printed ticket shows. */
export type TicketClaims = {
  /** booking code */ c: string;
  /** ticket number */ n: string;
  /** passenger name */ p: string;
  /** train number */ t: string;
  /** service date YYYY-MM-DD */ d: string;
  /** origin, destination codes */ o: string;
  to: string;
  /** departure HH:MM WIB */ dep: string;
  /** "EKS-1/10C" or "lap" for an infant */ s: string;
};

const PREFIX = 'KAI1';

/** "KAI1.<claims base64url>.<Ed25519 signature base64url>" */
export function signTicket(claims: TicketClaims, keys: TicketKeys): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = crypto
    .sign(null, Buffer.from(`${PREFIX}.${body}`), keys.privateKey)
    .toString('base64url');
  return `${PREFIX}.${body}.${signature}`;
}

/** The claims of a genuine payload, or null for anything forged, altered or malformed. */
export function verifyTicket(payload: string, publicKey: crypto.KeyObject): TicketClaims | null {
  const parts = payload.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX || parts[1]!.length > 2000) return null;
  const [, body, signature] = parts as [string, string, string];
  let valid = false;
  try {
    valid = crypto.verify(
      null,
      Buffer.from(`${PREFIX}.${body}`),
      publicKey,
      Buffer.from(signature, 'base64url'),
    );
  } catch {
    return null;
  }
  if (!valid) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TicketClaims;
    return typeof claims.c === 'string' && typeof claims.n === 'string' ? claims : null;
  } catch {
    return null;
  }
}
