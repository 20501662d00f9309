import type { ServiceDef } from './routes';
import { FARE_RULES } from './layouts';
import type { SeatClass } from '../schema';

export type StopTime = {
  stationCode: string;
  seq: number;
  dayOffset: number;
  arriveMinute: number | null;
  departMinute: number | null;
};

const DWELL_MINUTES = 4;

function parseTime(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * Stop times for one run of a service. Running time between stops is shared out by distance, so a
 * train keeps a steady pace; each intermediate stop adds a short dwell.
 */
export function buildStops(service: ServiceDef, reversed: boolean, departure: string): StopTime[] {
  const km = new Map(service.line);
  const codes = reversed ? [...service.stops].reverse() : service.stops;
  const distance = (code: string) => Math.abs(km.get(code)! - km.get(codes[0]!)!);
  const total = distance(codes.at(-1)!);
  const running = service.minutes - DWELL_MINUTES * (codes.length - 2);
  const start = parseTime(departure);
  return codes.map((code, seq) => {
    const arrive =
      start + Math.round((running * distance(code)) / total) + DWELL_MINUTES * Math.max(0, seq - 1);
    const first = seq === 0;
    const last = seq === codes.length - 1;
    return {
      stationCode: code,
      seq,
      dayOffset: Math.floor((first ? start : arrive) / 1440),
      arriveMinute: first ? null : arrive,
      departMinute: last ? null : first ? start : arrive + DWELL_MINUTES,
    };
  });
}

/** The fare for one class between two stations of a service, by distance, rounded to Rp 5.000. */
export function fareFor(
  service: ServiceDef,
  seatClass: SeatClass,
  from: string,
  to: string,
): number {
  const km = new Map(service.line);
  const distance = Math.abs(km.get(to)! - km.get(from)!);
  const rule = FARE_RULES[seatClass];
  return Math.round((rule.base + rule.perKm * distance) / 5_000) * 5_000;
}
