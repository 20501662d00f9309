import 'server-only';
import crypto from 'node:crypto';
import { env } from '@/lib/env';

/** A six-digit code from the CSPRNG. */
export function newConfirmCode(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * HMAC of a code bound to the registration it belongs to, keyed by a key derived from AUTH_SECRET:
 * a leaked table gives neither the codes nor a way to test one against another registration.
 */
export function confirmCodeHash(registrationTokenHash: string, code: string): string {
  const key = crypto.createHmac('sha256', env().AUTH_SECRET).update('registration-code').digest();
  return crypto.createHmac('sha256', key).update(`${registrationTokenHash}:${code}`).digest('hex');
}

/** Constant-time comparison of two hex hashes. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
