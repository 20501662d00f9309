/** A change between two trains: at least 1 hour, at most 24 hours (DOMAIN.md). */
export const MIN_TRANSIT_MINUTES = 60;
export const MAX_TRANSIT_MINUTES = 24 * 60;

type LegEnds = {
  originCode: string;
  destinationCode: string;
  departsAt: number;
  arrivesAt: number;
};

/**
 * True when `second` continues `first` as one journey: it leaves from the station where the first
 * arrives, 1-24 h later. Checked by the search that offers a connection and again by the hold, so a
 * forged form cannot glue two unrelated trains into one booking.
 */
export function isConnection(first: LegEnds, second: LegEnds): boolean {
  const transit = (second.departsAt - first.arrivesAt) / 60_000;
  return (
    second.originCode === first.destinationCode &&
    second.destinationCode !== first.originCode &&
    transit >= MIN_TRANSIT_MINUTES &&
    transit <= MAX_TRANSIT_MINUTES
  );
}
