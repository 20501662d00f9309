/** What scripts/bench-setup.ts hands to scripts/bench.ts (as JSON in a temporary file). */
export const BENCH_PIN = '582917';
/** Auth.js's session cookie over plain http (the bench talks to 127.0.0.1). */
export const SESSION_COOKIE = 'authjs.session-token';

export type Slot = {
  tripId: number;
  origin: string;
  destination: string;
  seatClass: string;
  seat: string;
};

export type Fixtures = {
  serverKey: string;
  passengers: { id: number; cookie: string; ip: string; va: string; bookings: string[] }[];
  /** [passenger index, booking code] of unpaid holds, in the order the bench pays them. */
  toPay: [number, string][];
  /** [passenger index, booking code] of bookings paid before the run, for their e-ticket pages. */
  paid: [number, string][];
  /** Free seats for the hold scenario, one per request. */
  slots: Slot[];
  seatSegmentsHeld: number;
};
