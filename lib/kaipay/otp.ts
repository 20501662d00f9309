import crypto from 'node:crypto';

/** OTP rules (DOMAIN.md, Kaspro): 6 digits, 5 minutes, 3 sends and 3 wrong entries, then 24 h. */
export const OTP_RULES = {
  ttlMs: 5 * 60_000,
  resendAfterMs: 60_000,
  maxSends: 3,
  /** Sends to one phone number from one account, all purposes together. */
  maxSendsPerPhone: 6,
  maxFailures: 3,
  windowMs: 24 * 60 * 60_000,
  lockMs: 24 * 60 * 60_000,
} as const;

/** Six digits from the operating system's secure random source (leading zeros kept). */
export function generateOtp(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
}

/**
 * Keyed hash of a code, bound to its owner and purpose so a stored hash is useless for any other
 * challenge. A fast HMAC is enough: guessing is limited to three tries by the database.
 */
export function hashOtp(code: string, binding: string, key: string): string {
  return crypto.createHmac('sha256', key).update(`${binding}:${code}`).digest('hex');
}

/** Constant-time comparison of two hex hashes. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** The OTP message, in Indonesian as Kaspro sends it; it warns never to share the code. */
export function otpMessage(code: string, purpose: 'activation' | 'pin_reset'): string {
  const what = purpose === 'activation' ? 'aktivasi KAIPay' : 'atur ulang PIN KAIPay';
  return `Kode OTP ${what} Anda: ${code}. Berlaku 5 menit. JANGAN berikan kode ini kepada siapa pun, termasuk pihak yang mengaku dari KAI atau Kaspro.`;
}

/** A phone number with the middle hidden (+62 812 **** 7890) for screens. */
export function maskPhone(phone: string): string {
  const local = phone.replace(/^\+62/, '0');
  return `${local.slice(0, 4)} **** ${local.slice(-4)}`;
}
