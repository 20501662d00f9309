import { formatDuration, formatWibTime, wibDate } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { TrainOption } from '@/lib/search/trains';

type Props = { option: TrainOption; t: Messages; locale: 'id' | 'en'; adults: number; infants: number; stationName: (code: string) => string };

/** One train in the results: times, duration, and per class the price and seats left on this segment. */
export function TrainCard({ option: o, t, locale, adults, infants, stationName }: Props) {
  const r = t.booking.results;
  const nextDay = wibDate(o.arrivesAt) !== wibDate(o.departsAt);
  const headingId = `train-${o.tripId}-${o.originSeq}`;
  return (
    <article className="card grid gap-3" aria-labelledby={headingId}>
      <h3 id={headingId} className="font-semibold text-kai-navy">
        {o.trainName} <span className="font-normal text-slate-600">({r.trainNo} {o.trainNumber})</span>
      </h3>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <p><span className="text-xl font-bold">{formatWibTime(o.departsAt)}</span> <span className="text-sm text-slate-700">{stationName(o.originCode)}</span></p>
        <p className="text-sm text-slate-600" aria-label={r.duration}>→ {formatDuration(o.durationMinutes, locale)} →</p>
        <p>
          <span className="text-xl font-bold">{formatWibTime(o.arrivesAt)}</span>
          {nextDay && <sup className="ml-0.5 text-xs text-kai-orange">{r.nextDay}</sup>}{' '}
          <span className="text-sm text-slate-700">{stationName(o.destinationCode)}</span>
        </p>
      </div>
      <ul className="grid gap-2 sm:grid-cols-2">
        {o.classes.map((c) => {
          const bookable = c.price !== null && c.left >= adults;
          const href = `/booking/new?${new URLSearchParams({ trip: String(o.tripId), from: o.originCode, to: o.destinationCode, class: c.seatClass, adults: String(adults), infants: String(infants) })}`;
          return (
            <li key={`${c.seatClass}-${c.subClass}`} className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 px-3 py-2">
              <div>
                <p className="font-medium">{t.booking.classes[c.seatClass]} <span className="text-slate-600">({c.subClass})</span></p>
                <p className="text-sm">
                  {c.price !== null && <strong>{formatRupiah(c.price)}</strong>}<span className="text-slate-600">{r.perPerson}</span>
                </p>
                <p className={`text-sm ${c.left > 0 ? 'text-emerald-800' : 'font-semibold text-red-700'}`}>{c.left > 0 ? r.seatsLeft(c.left) : r.soldOut}</p>
              </div>
              {bookable ? (
                // A plain link: the booking page is a full navigation anyway, and a results page with
                // dozens of client-side Links costs measurably more to render (see bench:search).
                <a href={href} className="btn-primary" aria-label={`${r.choose} ${o.trainName} ${t.booking.classes[c.seatClass]}`}>{r.choose}</a>
              ) : (
                <span className="text-sm text-slate-500" aria-hidden="true">—</span>
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
