import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal';

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (
    COMMON_PASSWORDS.has(lower) ||
    /^(.)\1+$/.test(password) ||
    (/^\d+$/.test(password) && isRun(password))
  )
    return 'common';
  if (personal.some((p) => p.length >= 4 && lower.includes(p.toLowerCase()))) return 'personal';
  return null;
}

function isRun(digits: string): boolean {
  const steps = new Set(
    [...digits].slice(1).map((c, i) => (Number(c) - Number(digits[i]) + 10) % 10),
  );
  return steps.size === 1;
}
