import 'server-only';
import { availabilityForLegs, type ClassAvailability } from '@/lib/booking/availability';
import { expireOverdue } from '@/lib/booking/expiry';
import { isConnection } from '@/lib/booking/connection';
import { now } from '@/lib/clock';
import { directLegs, legsFrom, legsInto, type Leg } from './legs';
import type { SearchQuery } from './search-query';

export type TrainOption = Leg & { durationMinutes: number; classes: ClassAvailability[] };
export type Connection = {
  first: TrainOption;
  second: TrainOption;
  transitMinutes: number;
  totalMinutes: number;
  lowestPrice: number;
};
export type SearchResults = { direct: TrainOption[]; connections: Connection[] };

const MAX_CONNECTIONS = 5;
// Pairs priced at once; past this many, a full second leg is unlikely to matter to anyone.
const MAX_CANDIDATES = 30;

async function withAvailability(legs: Leg[]): Promise<TrainOption[]> {
  const classes = await availabilityForLegs(legs);
  return legs.map((leg, i) => ({
    ...leg,
    durationMinutes: Math.round((leg.arrivesAt - leg.departsAt) / 60_000),
    classes: classes[i]!,
  }));
}

/** A class the whole party fits in, at a known price. */
export const fitsParty = (c: ClassAvailability, adults: number) =>
  c.price !== null && c.left >= adults;

/**
 * Trains for a search: every train leaving the origin that day (not yet departed) and later
 * stopping at the destination, with seats left per class on that segment. When none has room for
 * the party, two-leg connections with a 1-24 h transit are offered too.
 */
export async function searchTrains(q: SearchQuery): Promise<SearchResults> {
  await expireOverdue();
  const t = now();
  const direct = await withAvailability(
    (await directLegs(q.origin.code, q.destination.code, q.date)).filter((l) => l.departsAt > t),
  );
  const anyRoom = direct.some((o) => o.classes.some((c) => fitsParty(c, q.adults)));
  return { direct, connections: anyRoom ? [] : await findConnections(q, t) };
}

async function findConnections(q: SearchQuery, t: number): Promise<Connection[]> {
  const firsts = (await legsFrom(q.origin.code, q.date)).filter(
    (l) => l.departsAt > t && l.destinationCode !== q.destination.code,
  );
  const seconds = (await legsInto(q.destination.code, q.date)).filter(
    (l) => l.originCode !== q.origin.code,
  );
  const pairs: { first: Leg; second: Leg }[] = [];
  for (const first of firsts) {
    for (const second of seconds) {
      // The same rule the hold checks again, so every option offered can be booked as one.
      if (second.trainId !== first.trainId && isConnection(first, second)) {
        pairs.push({ first, second });
      }
    }
  }
  pairs.sort(
    (a, b) => a.second.arrivesAt - b.second.arrivesAt || b.first.departsAt - a.first.departsAt,
  );
  // One option per pair of trains (the earliest-arriving change is enough), priced in one query.
  const seen = new Set<string>();
  const candidates = pairs
    .filter((p) => {
      const key = `${p.first.tripId}-${p.second.tripId}`;
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, MAX_CANDIDATES);
  const priced = await withAvailability(candidates.flatMap((p) => [p.first, p.second]));
  const cheapest = (o: TrainOption) =>
    Math.min(...o.classes.filter((c) => fitsParty(c, q.adults)).map((c) => c.price!));
  const out: Connection[] = [];
  for (let i = 0; i < candidates.length && out.length < MAX_CONNECTIONS; i++) {
    const [first, second] = [priced[2 * i]!, priced[2 * i + 1]!];
    const price = cheapest(first) + cheapest(second);
    if (!Number.isFinite(price)) continue;
    out.push({
      first,
      second,
      lowestPrice: price * q.adults,
      transitMinutes: Math.round((second.departsAt - first.arrivesAt) / 60_000),
      totalMinutes: Math.round((second.arrivesAt - first.departsAt) / 60_000),
    });
  }
  return out;
}
