/**
 * The one source of "now". Every decision about time (a hold's deadline, a PIN lock, an OTP's
 * expiry, a rate-limit window) compares with it, so all app servers must agree on it: it follows the
 * database's clock (lib/clock-sync.ts measures how far this machine's clock is from it). Tests move
 * it instead of sleeping. An offset (not a frozen time) keeps durations between two reads real.
 */
let testOffsetMs = 0;
let databaseSkewMs = 0;

export function now(): number {
  return Date.now() + databaseSkewMs + testOffsetMs;
}

/** Moves the clock forward (or back) by `ms` for this process (tests). */
export function advanceClock(ms: number): void {
  testOffsetMs += ms;
}

export function resetClock(): void {
  testOffsetMs = 0;
  databaseSkewMs = 0;
}

/** How far the database's clock is ahead of this machine's (set by lib/clock-sync.ts). */
export function setDatabaseSkew(ms: number): void {
  databaseSkewMs = ms;
}
