import crypto from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A 7-character booking code (A-Z, 0-9) from a secure random source: 36^7 ≈ 7.8e10 codes. */
export function generateBookingCode(): string {
  let code = '';
  for (let i = 0; i < 7; i++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return code;
}

export const BOOKING_CODE_PATTERN = /^[A-Z0-9]{7}$/;
