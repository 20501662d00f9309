import { z } from 'zod';
import { addDays, isIsoDate } from '@/lib/dates';
import { matchStation, type StationRef } from './station-match';

/** KAI's booking window: today up to H+45 (DOMAIN.md). */
export const MAX_DAYS_AHEAD = 45;
export const MAX_ADULTS = 4;

export type SearchQuery = {
  origin: StationRef;
  destination: StationRef;
  date: string;
  adults: number;
  infants: number;
};
export type SearchFields = 'from' | 'to' | 'date' | 'adults' | 'infants';
export type SearchValidation =
  | { ok: true; query: SearchQuery }
  | { ok: false; fieldErrors: Partial<Record<SearchFields, string[]>> };

const count = (code: string, min: number) =>
  z.coerce
    .number({ error: code })
    .int({ error: code })
    .min(min, { error: code })
    .max(MAX_ADULTS, { error: code });
const AdultsSchema = count('adults_range', 1);
const InfantsSchema = count('infants_range', 0);

/**
 * Checks a search as typed: both stations known and different, the date inside today..H+45 (WIB),
 * 1-4 adults and no more infants than adults (one lap each). Error messages are codes.
 */
export function validateSearch(
  raw: Record<string, string | undefined>,
  stations: StationRef[],
  today: string,
): SearchValidation {
  const errors: Partial<Record<SearchFields, string[]>> = {};
  const add = (field: SearchFields, code: string) => (errors[field] ??= []).push(code);
  // Each field is checked on its own, so one bad count never hides the station and date errors:
  // the passenger fixes everything in one pass.
  const adults = AdultsSchema.safeParse(raw.adults || '1');
  const infants = InfantsSchema.safeParse(raw.infants || '0');
  const [from, to, date] = [raw.from ?? '', raw.to ?? '', raw.date ?? ''];
  const origin = matchStation(from, stations);
  const destination = matchStation(to, stations);
  if (!origin.ok) add('from', origin.code);
  if (!destination.ok) add('to', destination.code);
  if (origin.ok && destination.ok && origin.station.code === destination.station.code)
    add('to', 'same_station');
  if (!isIsoDate(date)) add('date', 'date_invalid');
  else if (date < today) add('date', 'date_past');
  else if (date > addDays(today, MAX_DAYS_AHEAD)) add('date', 'date_too_far');
  if (!adults.success) add('adults', adults.error.issues[0]!.message);
  if (!infants.success) add('infants', infants.error.issues[0]!.message);
  else if (adults.success && infants.data > adults.data) add('infants', 'infants_exceed');
  if (Object.keys(errors).length > 0 || !origin.ok || !destination.ok)
    return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    query: {
      origin: origin.station,
      destination: destination.station,
      date,
      adults: adults.data!,
      infants: infants.data!,
    },
  };
}
