import { z } from 'zod';

/** A stop as the admin writes it and as train_stops stores it (minutes pass 1440 on later days). */
export type StopLine = {
  stationCode: string;
  seq: number;
  dayOffset: number;
  arriveMinute: number | null;
  departMinute: number | null;
};

export type StopsProblem = { line: number; code: StopProblemCode };
export type StopProblemCode =
  | 'stops_line_format'
  | 'stops_time_format'
  | 'stops_too_few'
  | 'stops_station_twice'
  | 'stops_time_order'
  | 'stops_ends';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Reads a timetable written one stop per line: `GMR - 08:00` (first: departure only),
 * `CN 10:55 10:59` (arrival, departure), `SBI 16:10 -` (last: arrival only). Times are WIB wall
 * clock; a time earlier than the one before means the next day. Returns the stops or the first
 * problem with its line number (1-based), so the form can say exactly what is wrong.
 */
export function parseStops(
  text: string,
): { ok: true; stops: StopLine[] } | { ok: false; problem: StopsProblem } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const fail = (line: number, code: StopProblemCode) =>
    ({ ok: false, problem: { line, code } }) as const;
  if (lines.length < 2) return fail(0, 'stops_too_few');
  if (lines.length > 40) return fail(41, 'stops_line_format');
  const stops: StopLine[] = [];
  const seen = new Set<string>();
  let clock = -1;
  const toMinute = (hhmm: string): number => {
    const m = TIME.exec(hhmm)!;
    let minute = Number(m[1]) * 60 + Number(m[2]);
    while (clock >= 0 && minute < clock) minute += 1440;
    clock = minute;
    return minute;
  };
  for (const [i, line] of lines.entries()) {
    const parts = line.toUpperCase().split(/\s+/);
    if (parts.length !== 3 || !/^[A-Z]{2,4}$/.test(parts[0]!))
      return fail(i + 1, 'stops_line_format');
    const [code, arrive, depart] = parts as [string, string, string];
    if ([arrive, depart].some((t) => t !== '-' && !TIME.test(t)))
      return fail(i + 1, 'stops_time_format');
    const first = i === 0;
    const last = i === lines.length - 1;
    if (
      (first && (arrive !== '-' || depart === '-')) ||
      (last && (depart !== '-' || arrive === '-'))
    )
      return fail(i + 1, 'stops_ends');
    if (!first && !last && (arrive === '-' || depart === '-'))
      return fail(i + 1, 'stops_time_format');
    if (seen.has(code)) return fail(i + 1, 'stops_station_twice');
    seen.add(code);
    const before = clock;
    const arriveMinute = arrive === '-' ? null : toMinute(arrive);
    const departMinute = depart === '-' ? null : toMinute(depart);
    // A stop must come after the one before it; more than a day between two stops is a typo.
    if (before >= 0 && clock - before > 1440) return fail(i + 1, 'stops_time_order');
    if (arriveMinute !== null && departMinute !== null && departMinute - arriveMinute > 180)
      return fail(i + 1, 'stops_time_order');
    const shown = first ? departMinute! : arriveMinute!;
    stops.push({
      stationCode: code,
      seq: i,
      dayOffset: Math.floor(shown / 1440),
      arriveMinute,
      departMinute,
    });
  }
  if (stops.at(-1)!.arriveMinute! - stops[0]!.departMinute! > 2 * 1440)
    return fail(lines.length, 'stops_time_order');
  return { ok: true, stops };
}

/** The textarea text of stored stops (the inverse of parseStops). */
export function formatStops(stops: readonly StopLine[]): string {
  const hhmm = (m: number | null) =>
    m === null
      ? '-'
      : `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return stops
    .map((s) => `${s.stationCode} ${hhmm(s.arriveMinute)} ${hhmm(s.departMinute)}`)
    .join('\n');
}

export const StopsFormSchema = z.object({
  trainId: z.coerce.number().int().positive(),
  stops: z.string().max(4000, { error: 'stops_line_format' }),
});
