/** A NIK (or passport number) as lists show it: first 4 and last 4 digits, the rest dotted. */
export function maskId(id: string): string {
  if (id.length <= 8) return '•'.repeat(id.length);
  return `${id.slice(0, 4)}${'•'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** A phone number as lists show it: the country code and the last 4 digits. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return phone;
  return `${phone.slice(0, 5)}${'•'.repeat(phone.length - 9)}${phone.slice(-4)}`;
}
