import { formatDuration, formatWibTime, wibDate } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { TrainOption } from '@/lib/search/trains';

type Props = {
  option: TrainOption;
  t: Messages;
  locale: 'id' | 'en';
  adults: number;
  infants: number;
  stationName: (code: string) => string;
  /** False inside a connection: its trains are chosen together, never one on its own. */
  bookable?: boolean;
};

/** One train in the results: times, duration, and per class the price and seats left on this segment. */
export function TrainCard({
  option: o,
  t,
  locale,
  adults,
  infants,
  stationName,
  bookable: canBook = true,
}: Props) {
  const r = t.booking.results;
  const nextDay = wibDate(o.arrivesAt) !== wibDate(o.departsAt);
  const headingId = `train-${o.tripId}-${o.originSeq}`;
  return (
    <article className="card train-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {o.trainName}{' '}
        <span>
          ({r.trainNo} {o.trainNumber})
        </span>
      </h3>
      <p className="train-times">
        <b>{formatWibTime(o.departsAt)}</b> <small>{stationName(o.originCode)}</small>
        <span aria-label={r.duration}>→ {formatDuration(o.durationMinutes, locale)} →</span>
        <b>{formatWibTime(o.arrivesAt)}</b>
        {nextDay && <sup>{r.nextDay}</sup>} <small>{stationName(o.destinationCode)}</small>
      </p>
      <ul className="class-list">
        {o.classes.map((c) => {
          const bookable = canBook && c.price !== null && c.left >= adults;
          const href = `/booking/new?${new URLSearchParams({ trip: String(o.tripId), from: o.originCode, to: o.destinationCode, class: c.seatClass, adults: String(adults), infants: String(infants) })}`;
          return (
            <li key={`${c.seatClass}-${c.subClass}`}>
              <p>
                {t.booking.classes[c.seatClass]} ({c.subClass})<br />
                {c.price !== null && <strong>{formatRupiah(c.price)}</strong>}
                {r.perPerson}
                <br />
                <span className={c.left > 0 ? 'seats-ok' : 'seats-none'}>
                  {c.left > 0 ? r.seatsLeft(c.left) : r.soldOut}
                </span>
              </p>
              {/* A plain link: booking is a full navigation anyway, and client-side Links make a
                  results page measurably heavier to render (see bench:search). */}
              {bookable && (
                <a
                  href={href}
                  className="btn-primary"
                  aria-label={`${r.choose} ${o.trainName} ${t.booking.classes[c.seatClass]}`}
                >
                  {r.choose}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
