import { formatServiceDate, formatWibTime, wibDate, formatDuration } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';

type Props = {
  t: Messages;
  locale: 'id' | 'en';
  trip: {
    trainName: string;
    trainNumber: string;
    originName: string;
    destinationName: string;
    originCode: string;
    destinationCode: string;
    departsAt: number;
    arrivesAt: number;
  };
  seatClass: string;
  subClass: string;
  fare: number;
  adults: number;
  infants: number;
};

/** Train, date, journey and the price breakdown (fare × adults; infants free). */
export function TripSummary({
  t,
  locale,
  trip,
  seatClass,
  subClass,
  fare,
  adults,
  infants,
}: Props) {
  const b = t.booking.book;
  return (
    <section className="card grid gap-2" aria-label={t.booking.booking.summary}>
      <h2 className="text-lg font-semibold text-kai-navy">
        {trip.trainName} ({t.booking.results.trainNo} {trip.trainNumber})
      </h2>
      <p>{formatServiceDate(wibDate(trip.departsAt), locale)}</p>
      <p>
        <strong>{formatWibTime(trip.departsAt)}</strong> {trip.originName} ({trip.originCode}) →{' '}
        <strong>{formatWibTime(trip.arrivesAt)}</strong> {trip.destinationName} (
        {trip.destinationCode})
        <span className="text-slate-600">
          {' '}
          · {formatDuration(Math.round((trip.arrivesAt - trip.departsAt) / 60000), locale)}
        </span>
      </p>
      <p>
        {t.booking.classes[seatClass as keyof Messages['booking']['classes']]} ({subClass})
      </p>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-slate-200 pt-2 text-sm">
        <dt>
          {b.fare} × {adults}
        </dt>
        <dd className="text-right">{formatRupiah(fare * adults)}</dd>
        {infants > 0 && (
          <>
            <dt>
              {b.infantsFree} × {infants}
            </dt>
            <dd className="text-right">{formatRupiah(0)}</dd>
          </>
        )}
        <dt className="text-base font-semibold">{b.total}</dt>
        <dd className="text-right text-base font-semibold" data-testid="booking-total">
          {formatRupiah(fare * adults)}
        </dd>
      </dl>
    </section>
  );
}
