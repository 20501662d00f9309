/** Hours before departure after which a booking can no longer be cancelled or rescheduled online (DOMAIN.md). */
export const CHANGE_CUTOFF_MS = 2 * 60 * 60_000;

/**
 * When the e-boarding pass (the signed QR a gate accepts offline) opens: 2 hours before departure.
 * This is also the moment cancellation and Ubah Jadwal stop (lib/booking/fees beforeCutoff): one
 * instant, so a credential never exists for a ticket that can still be cancelled or replaced
 * (DESIGN.md, "Tickets at the gate").
 */
export function boardingOpensAt(departsAt: number): number {
  return departsAt - CHANGE_CUTOFF_MS;
}

/** How long after the scheduled arrival a boarding pass is still shown to a conductor (late trains). */
export const ARRIVAL_MARGIN_MS = 6 * 60 * 60_000;

/**
 * The window a boarding pass is valid in, epoch ms: from the moment boarding opens (which is when
 * cancel and Ubah Jadwal end) until the scheduled arrival plus a margin for delays.
 */
export function boardingWindow(departsAt: number, arrivesAt: number) {
  return { from: boardingOpensAt(departsAt), until: arrivesAt + ARRIVAL_MARGIN_MS };
}
