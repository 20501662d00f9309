export type StationRef = { code: string; name: string; city: string };
export type StationMatch =
  | { ok: true; station: StationRef }
  | { ok: false; code: 'station_required' | 'station_unknown' | 'station_ambiguous' };

/** The label the picker shows and submits: "Gambir (GMR) · Jakarta". */
export function stationLabel(s: StationRef): string {
  return `${s.name} (${s.code}) · ${s.city}`;
}

/**
 * Finds the station a passenger meant: a picker label, a code, a station name or a city (when the
 * city has one station). A city with several stations asks the passenger to choose.
 */
export function matchStation(text: string, all: StationRef[]): StationMatch {
  const q = text.trim().toLowerCase();
  if (!q) return { ok: false, code: 'station_required' };
  const code = /\(([a-z]{2,4})\)/.exec(q)?.[1] ?? q;
  const byCode = all.find((s) => s.code.toLowerCase() === code);
  if (byCode) return { ok: true, station: byCode };
  const byName = all.filter((s) => s.name.toLowerCase() === q);
  if (byName.length === 1) return { ok: true, station: byName[0]! };
  const byCity = all.filter((s) => s.city.toLowerCase() === q);
  if (byCity.length === 1) return { ok: true, station: byCity[0]! };
  if (byCity.length > 1) return { ok: false, code: 'station_ambiguous' };
  const partial = all.filter((s) => s.name.toLowerCase().includes(q));
  if (partial.length === 1) return { ok: true, station: partial[0]! };
  return { ok: false, code: partial.length > 1 ? 'station_ambiguous' : 'station_unknown' };
}
