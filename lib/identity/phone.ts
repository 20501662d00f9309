/**
 * Normalises an Indonesian mobile number to E.164 (+628...). Accepts 08..., 628..., +628... with
 * spaces, dots or dashes. Returns null when it is not a plausible mobile number (08 + 8-11 digits).
 */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, '');
  const match = /^(?:\+?62|0)(8\d{8,11})$/.exec(compact);
  return match ? `+62${match[1]}` : null;
}
