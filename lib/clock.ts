/**
 * The one source of "now". Tests move it instead of sleeping; production reads the system clock.
 * An offset (not a frozen time) keeps durations between two reads real.
 */
let offsetMs = 0;

export function now(): number {
  return Date.now() + offsetMs;
}

/** Moves the clock forward (or back) by `ms` for this process. */
export function advanceClock(ms: number): void {
  offsetMs += ms;
}

export function resetClock(): void {
  offsetMs = 0;
}
