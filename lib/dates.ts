/**
 * Calendar dates in WIB (Asia/Jakarta, UTC+7, no daylight saving). Times are stored as UTC epoch
 * milliseconds; a service date is a 'YYYY-MM-DD' string in WIB.
 */
export const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The WIB calendar date of an instant, as 'YYYY-MM-DD'. */
export function wibDate(epochMs: number): string {
  return new Date(epochMs + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds whole days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The instant of a WIB wall-clock time: service date plus day offset plus minutes after midnight. */
export function wibInstant(date: string, dayOffset: number, minutes: number): number {
  return Date.parse(`${date}T00:00:00Z`) - WIB_OFFSET_MS + dayOffset * DAY_MS + minutes * 60_000;
}

/** True for a real calendar date written as 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** "07:30" from minutes after midnight (wrapping past 24 h). */
export function formatMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "6j 20m" style duration. */
export function formatDuration(minutes: number, locale: 'id' | 'en'): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return locale === 'id' ? `${h}j ${m}m` : `${h}h ${m}m`;
}

const FORMATTERS = {
  id: new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Jakarta',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
};

/** "Rab, 25 Nov 2026" for a 'YYYY-MM-DD' service date. */
export function formatServiceDate(date: string, locale: 'id' | 'en'): string {
  return FORMATTERS[locale].format(new Date(Date.parse(`${date}T12:00:00+07:00`)));
}

/** "07:30" in WIB for an instant. */
export function formatWibTime(epochMs: number): string {
  return new Date(epochMs + WIB_OFFSET_MS).toISOString().slice(11, 16);
}

/** "Rab, 25 Nov 2026 07:30" in WIB for an instant (date and clock time; add "WIB" where shown). */
export function formatWibDateTime(epochMs: number, locale: 'id' | 'en'): string {
  return `${formatServiceDate(wibDate(epochMs), locale)} ${formatWibTime(epochMs)}`;
}

/**
 * A deadline's clock time in WIB as a passenger reads it beside a countdown: "14:32" when it falls
 * today (WIB), with the date when it falls on another day ("Kam, 26 Nov 2026 00:15"), so a hold
 * that runs past midnight cannot be read as ending earlier today.
 */
export function formatWibDeadline(deadline: number, now: number, locale: 'id' | 'en'): string {
  return wibDate(deadline) === wibDate(now)
    ? formatWibTime(deadline)
    : formatWibDateTime(deadline, locale);
}

/**
 * An arrival's clock time as read after its departure: "21:05" on the departure's WIB day, with the
 * date when it falls on a later day ("Kam, 26 Nov 2026 03:25"), so an overnight arrival cannot read
 * as arriving before leaving ("Tiba 00:00" after "Berangkat 15:40").
 */
export function formatWibArrival(
  arrivesAt: number,
  departsAt: number,
  locale: 'id' | 'en',
): string {
  return wibDate(arrivesAt) === wibDate(departsAt)
    ? formatWibTime(arrivesAt)
    : formatWibDateTime(arrivesAt, locale);
}

const SHORT = {
  id: new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Jakarta',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }),
};

/** "Sel, 24 Nov" for a 'YYYY-MM-DD' service date: the day strip's compact form. */
export function formatShortDate(date: string, locale: 'id' | 'en'): string {
  return SHORT[locale].format(new Date(Date.parse(`${date}T12:00:00+07:00`)));
}

const STAMP = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** "25 Nov 2026 07.30": when something happened (records, logs, admin tables), in WIB. */
export function formatWibStamp(epochMs: number): string {
  return STAMP.format(epochMs);
}
