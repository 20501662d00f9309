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

const RawSearchSchema = z.object({
  from: z.string().default(''),
  to: z.string().default(''),
  date: z.string().default(''),
  adults: z.coerce
    .number({ error: 'adults_range' })
    .int({ error: 'adults_range' })
    .min(1, { error: 'adults_range' })
    .max(MAX_ADULTS, { error: 'adults_range' }),
  infants: z.coerce
    .number({ error: 'infants_range' })
    .int({ error: 'infants_range' })
    .min(0, { error: 'infants_range' })
    .max(MAX_ADULTS, { error: 'infants_range' }),
});

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
  const parsed = RawSearchSchema.safeParse({
    ...raw,
    adults: raw.adults || '1',
    infants: raw.infants || '0',
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path[0] as SearchFields, issue.message);
    return { ok: false, fieldErrors: errors };
  }
  const { from, to, date, adults, infants } = parsed.data;
  const origin = matchStation(from, stations);
  const destination = matchStation(to, stations);
  if (!origin.ok) add('from', origin.code);
  if (!destination.ok) add('to', destination.code);
  if (origin.ok && destination.ok && origin.station.code === destination.station.code)
    add('to', 'same_station');
  if (!isIsoDate(date)) add('date', 'date_invalid');
  else if (date < today) add('date', 'date_past');
  else if (date > addDays(today, MAX_DAYS_AHEAD)) add('date', 'date_too_far');
  if (infants > adults) add('infants', 'infants_exceed');
  if (Object.keys(errors).length > 0 || !origin.ok || !destination.ok)
    return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    query: { origin: origin.station, destination: destination.station, date, adults, infants },
  };
}
