import type { PaymentBank } from '@/db/schema/payments';

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
 * A passenger's static open VA at a bank: company code + the phone number's digits after +62,
 * trimmed from the left to fit the bank's length. When that number already belongs to someone
 * else (two phones sharing their last digits), the customer part becomes "9" + the user id,
 * which no mobile number (they start with 8) can produce.
 */
export function openVaNumber(
  bank: VaBank,
  phone: string,
  userId: number,
  taken: (number: string) => boolean,
): string {
  const { companyCode, length } = VA_FORMATS[bank];
  const width = length - companyCode.length;
  const fromPhone =
    companyCode + phone.replace(/^\+62/, '').replace(/\D/g, '').slice(-width).padStart(width, '0');
  if (!taken(fromPhone)) return fromPhone;
  return companyCode + '9' + String(userId).padStart(width - 1, '0');
}

/** True for a bank code string. */
export function isVaBank(value: string): value is VaBank {
  return (VA_BANKS as string[]).includes(value);
}

export function isRetailOutlet(value: string): value is RetailOutlet {
  return (RETAIL_OUTLETS as string[]).includes(value);
}
