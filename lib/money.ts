import { z } from 'zod';

/** Money is integer rupiah everywhere; this is the one formatter (`Rp 150.000`). */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new Error(`Not an integer rupiah amount: ${amount}`);
  const digits = Math.abs(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}Rp ${digits}`;
}

/** Reads "Rp 150.000", "150000" or "150.000" as 150000; anything else (decimals, letters) is null. */
export function parseRupiah(text: string): number | null {
  const cleaned = text.trim().replace(/^rp\.?\s*/i, '');
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(cleaned)) return null;
  const value = Number(cleaned.replaceAll('.', ''));
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * A positive rupiah amount as a person types it ("150.000", "Rp 150.000", "150000"): fractions,
 * signs, exponents and anything past Rp 999.999.999.999 are refused as `amount_invalid`.
 */
export const RupiahSchema = z.string().transform((text, ctx) => {
  const value = text.length <= 24 ? parseRupiah(text) : null;
  if (value === null || value <= 0 || value > 999_999_999_999) {
    ctx.addIssue({ code: 'custom', message: 'amount_invalid' });
    return z.NEVER;
  }
  return value;
});
