import crypto from 'node:crypto';
import type { PaymentBank } from '@/db/sqlite/schema/payments';

export type VaBank = Exclude<PaymentBank, 'INDOMARET' | 'ALFAMART'>;
export type RetailOutlet = Extract<PaymentBank, 'INDOMARET' | 'ALFAMART'>;

export const VA_BANKS: VaBank[] = ['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA', 'CIMB'];
export const RETAIL_OUTLETS: RetailOutlet[] = ['INDOMARET', 'ALFAMART'];

/** How a bank numbers virtual accounts: a 5-digit company code, then a customer number, to a fixed length (DOMAIN.md). */
export const VA_FORMATS: Record<VaBank, { name: string; companyCode: string; length: number }> = {
  BCA: { name: 'BCA', companyCode: '39358', length: 16 },
  BNI: { name: 'BNI', companyCode: '98812', length: 16 },
  BRI: { name: 'BRI (BRIVA)', companyCode: '12622', length: 15 },
  MANDIRI: { name: 'Mandiri', companyCode: '89608', length: 16 },
  PERMATA: { name: 'Permata', companyCode: '85631', length: 16 },
  CIMB: { name: 'CIMB Niaga', companyCode: '70012', length: 16 },
};

/** Retail payment codes: Indomaret 14 digits (12-16 allowed), Alfamart 16. */
export const RETAIL_FORMATS: Record<
  RetailOutlet,
  { name: string; prefix: string; length: number }
> = {
  INDOMARET: { name: 'Indomaret', prefix: '8801', length: 14 },
  ALFAMART: { name: 'Alfamart', prefix: '7701', length: 16 },
};

export const CHANNELS = ['atm', 'internet', 'mobile', 'sms', 'retail'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * VA number spaces (DOMAIN.md: company code + customer number). The customer number's first digit
 * says what kind of number it is, so a passenger's open top-up VA can never equal a booking's
 * closed VA, whatever their phone number:
 * - 8 and 9: open VAs (top-up, any amount, static per passenger and bank);
 * - 7, then 6: closed VAs (one booking, exact amount).
 * Numbers created before this rule keep working (they are looked up, not recomputed); a closed VA
 * that meets one of them takes its alternative, and the booking code is refused, never a 500.
 */
const OPEN_VA_DIGITS = ['8', '9'];
const CLOSED_VA_DIGITS = ['7', '6'];

const randomDigits = (width: number) =>
  Array.from({ length: width }, () => crypto.randomInt(10)).join('');

function customerWidth(bank: VaBank): number {
  return VA_FORMATS[bank].length - VA_FORMATS[bank].companyCode.length;
}

/**
 * Candidate open VA numbers for a passenger, best first: "8" + the phone's last digits (the number
 * people recognise; for the common 11-digit mobile number it is the whole number), then "9" + the
 * user id, then "9" + random digits for the rare case both are taken.
 */
export function openVaCandidates(
  bank: VaBank,
  phone: string,
  userId: number,
  random: (width: number) => string = randomDigits,
): string[] {
  const { companyCode } = VA_FORMATS[bank];
  const width = customerWidth(bank) - 1;
  const digits = phone.replace(/^\+62/, '').replace(/\D/g, '');
  const fit = (s: string) => s.slice(-width).padStart(width, '0');
  return [
    companyCode + OPEN_VA_DIGITS[0] + fit(digits),
    companyCode + OPEN_VA_DIGITS[1] + fit(String(userId)),
    ...Array.from({ length: 3 }, () => companyCode + OPEN_VA_DIGITS[1] + fit(random(width))),
  ];
}

/** Candidate closed VA numbers for a booking: "7" + the booking id, then "6" + the booking id. */
export function closedVaCandidates(bank: VaBank, bookingId: number): string[] {
  const { companyCode } = VA_FORMATS[bank];
  const width = customerWidth(bank) - 1;
  return CLOSED_VA_DIGITS.map((d) => companyCode + d + String(bookingId).padStart(width, '0'));
}

/** True for a bank code string. */
export function isVaBank(value: string): value is VaBank {
  return (VA_BANKS as string[]).includes(value);
}

export function isRetailOutlet(value: string): value is RetailOutlet {
  return (RETAIL_OUTLETS as string[]).includes(value);
}
