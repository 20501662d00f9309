import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { env } from '@/lib/env';

/*
 * How a KAIPay PIN is stored: a keyed verifier, as payment networks verify PINs (IBM 3624 offsets,
 * Visa PVV: a MAC under a key held in an HSM), not a slow password hash.
 *
 * Why keyed and not argon2: a 6-digit PIN has only 10^6 values, so no hash cost makes the search
 * long (argon2id at OWASP's baseline, ~50 ms, is ~14 core-hours for all of them: one wallet a day
 * on one machine), while it costs every payment 40-60 ms of CPU. A PIN's protection is elsewhere:
 * online, the attempt limit (3 wrong -> 60-minute lock, pin.ts); offline, after a database leak, a
 * key the database never holds: without PIN_PEPPER a leaked verifier says nothing about the PIN.
 * With the database AND the pepper, each PIN falls in about a second (argon2 would make it hours,
 * not impossible). So PIN_PEPPER must be kept outside the database (the environment or
 * data/secrets.json today; a KMS/HSM in production), never in it or in its backups.
 *
 * The verifier is HMAC-SHA256(PIN_PEPPER, "kaipay-pin:v1:<userId>:<pin>") stored as
 * `pvv1$<base64url>`: bound to the user, so equal PINs of two users differ and a verifier copied
 * onto another wallet does not verify there. Rotating PIN_PEPPER invalidates every stored PIN (a
 * verifier cannot be recomputed without the PIN), besides pending OTPs and sealed outbox bodies
 * (otp-store.ts, seal.ts): do not rotate it without a PIN reset campaign.
 *
 * Wallets activated before pvv1 hold an argon2id hash (same pepper as argon2's secret); it still
 * verifies, and a right PIN replaces it with the verifier (pin.ts, upgrade on use).
 */

const VERIFIER_PREFIX = 'pvv1$';

/** Whether a stored PIN is a keyed verifier, whose check (keyedPinMatches) is fit for a transaction. */
export function isKeyedVerifier(stored: string): boolean {
  return stored.startsWith(VERIFIER_PREFIX);
}

/**
 * Whether `pin` is the user's PIN, given a stored keyed verifier: an HMAC and a constant-time
 * compare, synchronous, so it can run inside a transaction (pin.ts decides a payment's PIN there).
 */
export function keyedPinMatches(stored: string, userId: number, pin: string): boolean {
  const expected = Buffer.from(pinVerifier(userId, pin));
  const actual = Buffer.from(stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The stored form of a user's PIN (fast: an HMAC, safe to compute inside a transaction). */
export function pinVerifier(userId: number, pin: string): string {
  const mac = createHmac('sha256', env().PIN_PEPPER)
    .update(`kaipay-pin:v1:${userId}:${pin}`)
    .digest('base64url');
  return VERIFIER_PREFIX + mac;
}

/** A right PIN, and when its stored form is an old argon2 hash, the verifier to store instead. */
export type PinMatch = { matches: false } | { matches: true; upgrade: string | null };

/**
 * Whether `pin` is the user's PIN, given what the wallet stores. A pvv1 verifier is compared in
 * constant time; an argon2 hash (slow: call outside any transaction) is checked the old way.
 * Anything else (malformed, unknown scheme) never matches.
 */
export async function checkPin(stored: string, userId: number, pin: string): Promise<PinMatch> {
  if (isKeyedVerifier(stored))
    return keyedPinMatches(stored, userId, pin)
      ? { matches: true, upgrade: null }
      : { matches: false };
  if (stored.startsWith('$argon2') && (await argon2Matches(stored, pin)))
    return { matches: true, upgrade: pinVerifier(userId, pin) };
  return { matches: false };
}

// The pre-pvv1 scheme: argon2id, OWASP baseline cost, PIN_PEPPER as argon2's secret.
const argon2Options = () => ({
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  secret: Buffer.from(env().PIN_PEPPER),
});

async function argon2Matches(pinHash: string, pin: string): Promise<boolean> {
  try {
    return await verify(pinHash, pin, argon2Options());
  } catch {
    return false;
  }
}

/** Tests only: a PIN stored the way wallets activated before pvv1 stored it. */
export function legacyArgon2PinHash(pin: string): Promise<string> {
  return hash(pin, argon2Options());
}
