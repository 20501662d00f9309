/**
 * Rules for a new PIN KAIPay (6 digits). A PIN is refused when it is easy to guess: one digit
 * repeated, a run up or down (123456, 654321, 890123), a repeated pair or triple (121212, 123123),
 * a well-known pattern, the birth date in its usual 6-digit forms, or the end of the phone number.
 */
import { z } from 'zod';

export type PinProblem = 'pin_format' | 'pin_trivial' | 'pin_birth_date' | 'pin_phone';

/** A KAIPay PIN: exactly 6 digits. */
export const PIN_PATTERN = /^\d{6}$/;

/** A PIN as a form sends it (to pay or confirm); whether it is right is the wallet's question. */
export const PinSchema = z.string().regex(PIN_PATTERN, { error: 'pin_format' });

const KNOWN = new Set([
  '112233',
  '123321',
  '147258',
  '147369',
  '159753',
  '258369',
  '789456',
  '456123',
  '102030',
  '010203',
  '142536',
  '321654',
  '987654',
]);

function isRun(pin: string): boolean {
  const steps = new Set([...pin].slice(1).map((c, i) => (Number(c) - Number(pin[i]) + 10) % 10));
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

function repeatsWithPeriod(pin: string, period: number): boolean {
  return [...pin].every((c, i) => c === pin[i % period]);
}

/** The 6-digit forms of a birth date ('YYYY-MM-DD') that people use as PINs. */
export function birthDateForms(birthDate: string): string[] {
  const [yyyy, mm, dd] = birthDate.split('-');
  if (!yyyy || !mm || !dd) return [];
  const yy = yyyy.slice(2);
  return [
    dd + mm + yy,
    yy + mm + dd,
    mm + dd + yy,
    yy + dd + mm,
    yyyy + mm,
    mm + yyyy,
    dd + mm + yyyy.slice(0, 2),
  ];
}

/** Why a new PIN is refused, or null when it is acceptable. */
export function pinProblem(
  pin: string,
  personal: { birthDate?: string; phone?: string } = {},
): PinProblem | null {
  if (!PIN_PATTERN.test(pin)) return 'pin_format';
  if (
    repeatsWithPeriod(pin, 1) ||
    repeatsWithPeriod(pin, 2) ||
    repeatsWithPeriod(pin, 3) ||
    isRun(pin) ||
    KNOWN.has(pin)
  )
    return 'pin_trivial';
  if (personal.birthDate && birthDateForms(personal.birthDate).includes(pin))
    return 'pin_birth_date';
  if (personal.phone && personal.phone.replace(/\D/g, '').endsWith(pin)) return 'pin_phone';
  return null;
}
