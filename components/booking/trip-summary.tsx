import {
  formatServiceDate,
  formatWibArrival,
  formatWibTime,
  wibDate,
  formatDuration,
} from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';

type Journey = {
  trainName: string;
  trainNumber: string;
  originName: string;
  destinationName: string;
  originCode: string;
  destinationCode: string;
  departsAt: number;
  arrivesAt: number;
};
/** One train of a connection, with its class and its own fare per adult. */
export type SummaryLeg = Journey & {
  leg: number;
  seatClass: string;
  subClass: string;
  fare: number;
};

type Props = {
  t: Messages;
  locale: 'id' | 'en';
  /** The journey; with two `legs` it is a connection and each train is shown with the change. */
  trip: Journey & { legs?: SummaryLeg[] };
  seatClass: string;
  subClass: string;
  /** Fare per adult of the whole journey (both trains of a connection). */
  fare: number;
  adults: number;
  infants: number;
};

const minutes = (a: number, b: number) => Math.round((b - a) / 60000);

function TrainLine({ locale, trip }: { locale: 'id' | 'en'; trip: Journey }) {
  return (
    <p>
      <strong>{formatWibTime(trip.departsAt)}</strong> {trip.originName} ({trip.originCode}) →{' '}
      {/* An overnight arrival carries its date (issue 12.5). */}
      <strong>{formatWibArrival(trip.arrivesAt, trip.departsAt, locale)}</strong>{' '}
      {trip.destinationName} ({trip.destinationCode})
      <span className="text-slate-600">
        {' '}
        · {formatDuration(minutes(trip.departsAt, trip.arrivesAt), locale)}
      </span>
    </p>
  );
}

/** Train(s), date, journey and the price breakdown (fare × adults per train; infants free). */
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
  const r = t.booking.results;
  const className = (c: string) => t.booking.classes[c as keyof Messages['booking']['classes']];
  const legs = trip.legs && trip.legs.length > 1 ? trip.legs : null;
  return (
    <section className="card grid gap-2" aria-label={t.booking.booking.summary}>
      {legs ? (
        legs.map((leg, i) => (
          <div key={leg.leg} className="grid gap-1" data-testid="summary-leg">
            {i > 0 && (
              <p className="text-sm font-medium text-kai-orange">
                {r.transitAt(
                  legs[i - 1]!.destinationName,
                  formatDuration(minutes(legs[i - 1]!.arrivesAt, leg.departsAt), locale),
                )}
              </p>
            )}
            <h2 className="text-lg font-semibold text-kai-navy">
              {r.leg(leg.leg)}: {leg.trainName} ({r.trainNo} {leg.trainNumber})
            </h2>
            <p>{formatServiceDate(wibDate(leg.departsAt), locale)}</p>
            <TrainLine locale={locale} trip={leg} />
            <p>
              {className(leg.seatClass)} ({leg.subClass})
            </p>
          </div>
        ))
      ) : (
        <>
          <h2 className="text-lg font-semibold text-kai-navy">
            {trip.trainName} ({r.trainNo} {trip.trainNumber})
          </h2>
          <p>{formatServiceDate(wibDate(trip.departsAt), locale)}</p>
          <TrainLine locale={locale} trip={trip} />
          <p>
            {className(seatClass)} ({subClass})
          </p>
        </>
      )}
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-slate-200 pt-2 text-sm">
        {legs ? (
          legs.map((leg) => (
            <div key={leg.leg} className="contents">
              <dt>
                {b.legFare(leg.leg, leg.trainName)} × {adults}
              </dt>
              <dd className="text-right">{formatRupiah(leg.fare * adults)}</dd>
            </div>
          ))
        ) : (
          <>
            <dt>
              {b.fare} × {adults}
            </dt>
            <dd className="text-right">{formatRupiah(fare * adults)}</dd>
          </>
        )}
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
