import { formatDuration, formatWibTime } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { Connection, TrainOption } from '@/lib/search/trains';
import { TrainCard } from './train-card';

type Props = {
  connection: Connection;
  t: Messages;
  locale: 'id' | 'en';
  adults: number;
  infants: number;
  stationName: (code: string) => string;
};

/** The classes a party can still buy on a train, cheapest first, one per class. */
function buyable(o: TrainOption, adults: number) {
  const seen = new Set<string>();
  return o.classes
    .filter((c) => c.price !== null && c.left >= adults)
    .sort((a, b) => a.price! - b.price!)
    .filter((c) => !seen.has(c.seatClass) && seen.add(c.seatClass));
}

/**
 * A two-train journey booked as ONE booking: the change is shown between the trains, and one form
 * (a GET to the booking page, choosing the class on each train) books both together.
 */
export function ConnectionCard({ connection: c, t, locale, adults, infants, stationName }: Props) {
  const r = t.booking.results;
  const common = { t, locale, adults, infants, stationName, bookable: false };
  const legs = [c.first, c.second] as const;
  const id = `conn-${c.first.tripId}-${c.second.tripId}`;
  return (
    <li
      className="grid gap-2 rounded-xl border-2 border-dashed border-kai-navy/40 p-3"
      data-testid="connection"
    >
      <p className="font-semibold" id={id}>
        {formatWibTime(c.first.departsAt)} {stationName(c.first.originCode)} →{' '}
        {formatWibTime(c.second.arrivesAt)} {stationName(c.second.destinationCode)} ·{' '}
        {formatDuration(c.totalMinutes, locale)} · {r.from} {formatRupiah(c.lowestPrice)}
      </p>
      <p className="text-sm text-slate-700">{r.leg(1)}</p>
      <TrainCard option={c.first} {...common} />
      <p className="text-sm font-medium text-kai-orange">
        {r.transitAt(
          stationName(c.first.destinationCode),
          formatDuration(c.transitMinutes, locale),
        )}
      </p>
      <p className="text-sm text-slate-700">{r.leg(2)}</p>
      <TrainCard option={c.second} {...common} />
      <form
        action="/booking/new"
        method="get"
        className="flex flex-wrap items-end gap-3"
        aria-labelledby={id}
      >
        <input type="hidden" name="trip" value={c.first.tripId} />
        <input type="hidden" name="from" value={c.first.originCode} />
        <input type="hidden" name="to" value={c.first.destinationCode} />
        <input type="hidden" name="trip2" value={c.second.tripId} />
        <input type="hidden" name="from2" value={c.second.originCode} />
        <input type="hidden" name="to2" value={c.second.destinationCode} />
        <input type="hidden" name="adults" value={adults} />
        <input type="hidden" name="infants" value={infants} />
        {legs.map((leg, i) => (
          <label key={leg.tripId} className="grid gap-1 text-sm font-medium">
            {r.legClass(i + 1)}
            <select name={i === 0 ? 'class' : 'class2'} className="input">
              {buyable(leg, adults).map((cl) => (
                <option key={cl.seatClass} value={cl.seatClass}>
                  {t.booking.classes[cl.seatClass]} · {formatRupiah(cl.price!)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button
          type="submit"
          className="btn-primary"
          aria-label={r.chooseConnectionLabel(c.first.trainName, c.second.trainName)}
        >
          {r.chooseConnection}
        </button>
      </form>
    </li>
  );
}
