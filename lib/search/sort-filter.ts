import { SEAT_CLASSES, type SeatClass } from '@/db/sqlite/schema/network';
import { WIB_OFFSET_MS } from '@/lib/dates';

export const SORTS = ['departure', 'price', 'duration'] as const;
export const TIMES_OF_DAY = ['pagi', 'siang', 'sore', 'malam'] as const;
export type Sort = (typeof SORTS)[number];
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

type Option = {
  departsAt: number;
  durationMinutes: number;
  classes: { seatClass: SeatClass; price: number | null; left: number }[];
};

/** Hour of day in WIB of an instant. */
export function wibHour(epochMs: number): number {
  return new Date(epochMs + WIB_OFFSET_MS).getUTCHours();
}

/** Which part of the day a departure falls in: pagi <11, siang 11-15, sore 15-18, malam from 18. */
export function timeOfDay(epochMs: number): TimeOfDay {
  const h = wibHour(epochMs);
  return h < 11 ? 'pagi' : h < 15 ? 'siang' : h < 18 ? 'sore' : 'malam';
}

/** Reads sort and filter choices from the query string; anything unknown means "no choice". */
export function parseView(raw: Record<string, string | undefined>) {
  const sort: Sort = (SORTS as readonly string[]).includes(raw.sort ?? '')
    ? (raw.sort as Sort)
    : 'departure';
  const seatClass = (SEAT_CLASSES as readonly string[]).includes(raw.class ?? '')
    ? (raw.class as SeatClass)
    : undefined;
  const time = (TIMES_OF_DAY as readonly string[]).includes(raw.time ?? '')
    ? (raw.time as TimeOfDay)
    : undefined;
  return { sort, seatClass, time };
}

/** The lowest price a party can still buy on a train (in the chosen class), or Infinity. */
export function lowestPrice(o: Option, adults: number, seatClass?: SeatClass): number {
  const prices = o.classes
    .filter(
      (c) => (!seatClass || c.seatClass === seatClass) && c.price !== null && c.left >= adults,
    )
    .map((c) => c.price!);
  return prices.length ? Math.min(...prices) : Infinity;
}

/** Applies the class and time-of-day filters, then sorts (ties broken by departure). */
export function sortAndFilter<T extends Option>(
  options: T[],
  view: ReturnType<typeof parseView>,
  adults: number,
): T[] {
  const kept = options.filter(
    (o) =>
      (!view.seatClass || o.classes.some((c) => c.seatClass === view.seatClass)) &&
      (!view.time || timeOfDay(o.departsAt) === view.time),
  );
  const key = (o: T) =>
    view.sort === 'price'
      ? lowestPrice(o, adults, view.seatClass)
      : view.sort === 'duration'
        ? o.durationMinutes
        : o.departsAt;
  return [...kept].sort((a, b) => key(a) - key(b) || a.departsAt - b.departsAt);
}

type ConnectionOption = {
  first: { departsAt: number };
  totalMinutes: number;
  lowestPrice: number;
};

/**
 * Connections sorted and filtered like direct trains: by the first train's departure, by the
 * journey's lowest price or by its total duration; the time-of-day filter reads the first departure.
 */
export function sortConnections<T extends ConnectionOption>(
  options: T[],
  view: ReturnType<typeof parseView>,
): T[] {
  const kept = options.filter((o) => !view.time || timeOfDay(o.first.departsAt) === view.time);
  const key = (o: T) =>
    view.sort === 'price'
      ? o.lowestPrice
      : view.sort === 'duration'
        ? o.totalMinutes
        : o.first.departsAt;
  return [...kept].sort((a, b) => key(a) - key(b) || a.first.departsAt - b.first.departsAt);
}
