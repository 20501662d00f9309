/**
 * NIK (Nomor Induk Kependudukan): 16 digits. Digits 1-6 are the region, 7-12 the birth date as
 * DDMMYY with 40 added to DD for women, 13-16 a serial that is never 0000.
 */
export type NikCheck = { ok: true } | { ok: false; reason: 'format' | 'birth_date' | 'mismatch' };

export function checkNik(nik: string, birthDate?: string): NikCheck {
  if (!/^\d{16}$/.test(nik) || nik.startsWith('00') || nik.endsWith('0000'))
    return { ok: false, reason: 'format' };
  const rawDay = Number(nik.slice(6, 8));
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  if (day < 1 || day > 31 || month < 1 || month > 12) return { ok: false, reason: 'birth_date' };
  if (!birthDate) {
    // Without a stated birth date, the digits must still be a real day of that month in some century.
    const plausible = [1900, 2000].some(
      (c) => new Date(Date.UTC(c + yy, month - 1, day)).getUTCDate() === day,
    );
    return plausible ? { ok: true } : { ok: false, reason: 'birth_date' };
  }
  const [y, m, d] = birthDate.split('-').map(Number);
  if (d !== day || m !== month || y! % 100 !== yy) return { ok: false, reason: 'mismatch' };
  return { ok: true };
}

/** The birth date written in a NIK ('YYYY-MM-DD'), taking the latest century that is not after `asOf`. */
export function birthDateFromNik(nik: string, asOf: string): string | null {
  if (!checkNik(nik).ok) return null;
  const day = Number(nik.slice(6, 8)) % 40;
  const mm = nik.slice(8, 10);
  const yy = Number(nik.slice(10, 12));
  const pad = (n: number) => String(n).padStart(2, '0');
  const recent = `${2000 + yy}-${mm}-${pad(day)}`;
  return recent <= asOf ? recent : `${1900 + yy}-${mm}-${pad(day)}`;
}

/** Under 3 years old on `date` (KAI's infant rule), by the birth date in the NIK. */
export function isInfantOn(nik: string, date: string): boolean {
  const birth = birthDateFromNik(nik, date);
  if (!birth) return false;
  const third = `${Number(birth.slice(0, 4)) + 3}${birth.slice(4)}`;
  return date < third;
}
