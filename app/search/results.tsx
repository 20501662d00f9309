import { getI18n } from '@/lib/i18n';
import { searchTrains } from '@/lib/search/trains';
import { parseView, sortAndFilter, sortConnections } from '@/lib/search/sort-filter';
import type { SearchQuery } from '@/lib/search/search-query';
import type { StationRef } from '@/lib/search/station-match';
import { TrainCard } from '@/components/search/train-card';
import { ConnectionCard } from '@/components/search/connection-card';
import { ResultsToolbar } from '@/components/search/results-toolbar';

type Props = {
  query: SearchQuery;
  raw: Record<string, string | undefined>;
  stations: StationRef[];
};

/** The trains for a valid search, with sort and filter controls and, when full, connections. */
export async function SearchResultsList({ query, raw, stations }: Props) {
  const { t, locale } = await getI18n();
  const r = t.booking.results;
  const view = parseView(raw);
  const results = await searchTrains(query);
  const shown = sortAndFilter(results.direct, view, query.adults);
  const connections = sortConnections(results.connections, view);
  // No direct train at all is not the same as full trains: say which (issue 12.4).
  const noDirect = results.direct.length === 0;
  const byCode = new Map(stations.map((s) => [s.code, s.name]));
  const stationName = (code: string) => byCode.get(code) ?? code;
  const keep = {
    from: query.origin.code,
    to: query.destination.code,
    date: query.date,
    adults: String(query.adults),
    infants: String(query.infants),
  };
  const common = { t, locale, adults: query.adults, infants: query.infants, stationName };
  return (
    <section aria-labelledby="results-heading" className="grid gap-4">
      <ResultsToolbar t={t} query={keep} view={view} />
      <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
        {shown.length ? r.count(shown.length) : noDirect ? r.noDirect : r.none}
      </h2>
      {noDirect && connections.length === 0 && <p className="text-slate-700">{r.noConnections}</p>}
      <ul className="grid gap-3">
        {shown.map((o) => (
          <li key={`${o.tripId}-${o.originSeq}`}>
            <TrainCard option={o} {...common} />
          </li>
        ))}
      </ul>
      {connections.length > 0 && (
        <section aria-labelledby="connections-heading" className="grid gap-3">
          <h2 id="connections-heading" className="text-lg font-semibold">
            {r.connectionsTitle}
          </h2>
          <p className="text-slate-700">{noDirect ? r.noDirectLead : r.connectionsLead}</p>
          <ul className="grid gap-4">
            {connections.map((c) => (
              <ConnectionCard
                key={`${c.first.tripId}-${c.second.tripId}`}
                connection={c}
                {...common}
              />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
