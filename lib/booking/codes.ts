import crypto from 'node:crypto';
import { z } from 'zod';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A 7-character booking code (A-Z, 0-9) from a secure random source: 36^7 ≈ 7.8e10 codes. */
export function generateBookingCode(): string {
  let code = '';
  for (let i = 0; i < 7; i++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return code;
}

export const BOOKING_CODE_PATTERN = /^[A-Z0-9]{7}$/;

/** A booking code as a form or URL sends it; anything else reads as "no such booking". */
export const BookingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(BOOKING_CODE_PATTERN, { error: 'not_found' });
