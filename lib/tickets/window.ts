import { boardingOpensAt } from '@/lib/booking/fees';

/** How long after the scheduled arrival a boarding pass is still shown to a conductor (late trains). */
export const ARRIVAL_MARGIN_MS = 6 * 60 * 60_000;

/**
 * The window a boarding pass is valid in, epoch ms: from the moment boarding opens (which is when
 * cancel and Ubah Jadwal end) until the scheduled arrival plus a margin for delays.
 */
export function boardingWindow(departsAt: number, arrivesAt: number) {
  return { from: boardingOpensAt(departsAt), until: arrivesAt + ARRIVAL_MARGIN_MS };
}
