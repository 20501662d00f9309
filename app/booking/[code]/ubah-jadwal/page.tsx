import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { rescheduleOptions, BOOKING_WINDOW_DAYS } from '@/lib/booking/reschedule-options';
import { BOOKING_CODE_PATTERN } from '@/lib/booking/codes';
import {
  addDays,
  formatServiceDate,
  formatWibArrival,
  formatWibDateTime,
  formatWibTime,
  isIsoDate,
  wibDate,
} from '@/lib/dates';
import { getOwnBooking } from '@/lib/booking/queries';
import { formatRupiah } from '@/lib/money';
import { now } from '@/lib/clock';
import { FormMessage } from '@/components/ui/form-message';
import { PinPad } from '@/components/checkout/pin-pad';
import { rescheduleMyBooking } from './actions';
import { pinPadLabels } from '@/components/checkout/pin-pad-labels';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ date?: string; trip?: string; sub?: string }>;
};

/** Ubah Jadwal: a date, the other trips on that date, then the PIN for the chosen one. */
export default async function ReschedulePage({ params, searchParams }: Props) {
  const { code } = await params;
  const user = await requireUser(`/booking/${encodeURIComponent(code)}/ubah-jadwal`);
  if (!BOOKING_CODE_PATTERN.test(code)) notFound();
  const { t, locale } = await getI18n();
  const r = t.checkout.reschedule;
  const q = await searchParams;
  const today = wibDate(now());
  const first = await rescheduleOptions(user.id, code, today);
  if (!first.ok && first.code === 'not_found') notFound();
  const date =
    q.date && isIsoDate(q.date) ? q.date : first.ok ? wibDate(first.booking.departsAt) : today;
  const result = await rescheduleOptions(user.id, code, date);
  const chosen = result.ok
    ? result.options.find((o) => String(o.trip.tripId) === q.trip && o.subClass === q.sub)
    : undefined;
  const c = t.checkout;
  const j = c.journey;
  const current = await getOwnBooking(user.id, code);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">
        {r.title} · <span className="font-mono">{code}</span>
      </h1>
      <p className="text-slate-700">
        {r.lead} {r.once}
      </p>
      {!result.ok && <FormMessage tone="error">{c.errors[result.code]}</FormMessage>}
      {current && (
        <section
          className="card grid gap-1 border-l-4 border-l-kai-navy"
          aria-labelledby="current-trip"
          data-testid="current-trip"
        >
          <h2 id="current-trip" className="text-sm font-semibold uppercase text-slate-700">
            {j.currentTrip}
          </h2>
          <p className="font-semibold text-kai-navy">
            {current.trainName} ({t.booking.results.trainNo} {current.trainNumber}) ·{' '}
            {current.originName} → {current.destinationName}
          </p>
          <p className="text-sm">
            {formatWibDateTime(current.departsAt, locale)} →{' '}
            {formatWibArrival(current.arrivesAt, current.departsAt, locale)} WIB ·{' '}
            {t.booking.classes[current.seatClass as keyof typeof t.booking.classes]} (
            {current.subClass}) · {formatRupiah(current.fare)}
          </p>
        </section>
      )}
      {result.ok && (
        <>
          <form className="card flex flex-wrap items-end gap-3" method="get">
            <label className="grid gap-1 text-sm font-medium">
              {r.date}
              <input
                type="date"
                name="date"
                defaultValue={date}
                min={today}
                max={addDays(today, BOOKING_WINDOW_DAYS)}
                className="input"
                required
              />
            </label>
            <button type="submit" className="btn-secondary">
              {r.search}
            </button>
          </form>
          {result.options.length === 0 ? (
            <p>{r.none}</p>
          ) : (
            <ul className="grid gap-2" aria-label={r.newTrip}>
              {result.options.map((o) => {
                const isChosen = o === chosen;
                return (
                  <li
                    key={`${o.trip.tripId}-${o.subClass}`}
                    aria-current={isChosen ? 'true' : undefined}
                    data-testid={isChosen ? 'chosen-trip' : undefined}
                    className={`card flex flex-wrap items-center justify-between gap-2 ${isChosen ? 'border-2 border-kai-orange bg-orange-50 ring-2 ring-kai-orange/30' : ''}`}
                  >
                    <span>
                      <strong className="text-kai-navy">
                        {o.trip.trainName} ({o.trip.trainNumber})
                      </strong>{' '}
                      · {formatWibTime(o.trip.departsAt)} →{' '}
                      {formatWibArrival(o.trip.arrivesAt, o.trip.departsAt, locale)}
                      <span className="block text-sm text-slate-700">
                        {t.booking.classes[result.booking.seatClass]} ({o.subClass}) ·{' '}
                        {formatRupiah(o.fare)} · {r.seatsLeft(o.seatsLeft)}
                      </span>
                    </span>
                    <span className="text-right text-sm">
                      {r.toPay}: <strong>{formatRupiah(o.toPay)}</strong>
                      {isChosen ? (
                        <span className="ml-2 inline-flex min-h-9 items-center rounded-md bg-kai-orange px-3 py-1 font-semibold text-white">
                          ✓ {j.chosen}
                        </span>
                      ) : (
                        <Link
                          className="btn-secondary ml-2 min-h-9 px-3 py-1"
                          href={`?date=${date}&trip=${o.trip.tripId}&sub=${o.subClass}#confirm-heading`}
                          aria-label={`${r.choose} ${o.trip.trainName} ${formatWibTime(o.trip.departsAt)}`}
                        >
                          {r.choose}
                        </Link>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          {chosen && (
            <section className="card grid gap-3" aria-labelledby="confirm-heading">
              <h2 id="confirm-heading" className="text-lg font-semibold">
                {r.confirmTitle}
              </h2>
              <p>
                {r.newTrip}: {chosen.trip.trainName} ({chosen.trip.trainNumber}),{' '}
                {formatServiceDate(chosen.trip.serviceDate, locale)}{' '}
                {formatWibTime(chosen.trip.departsAt)} →{' '}
                {formatWibArrival(chosen.trip.arrivesAt, chosen.trip.departsAt, locale)} WIB
              </p>
              <dl className="grid max-w-sm grid-cols-[1fr_auto] gap-x-4 text-sm">
                <dt>{r.fee}</dt>
                <dd className="text-right" data-testid="reschedule-fee">
                  {formatRupiah(chosen.fee)}
                </dd>
                <dt>{r.difference}</dt>
                <dd className="text-right">{formatRupiah(chosen.difference)}</dd>
              </dl>
              <p className="text-sm text-slate-700">{r.seatsNote}</p>
              <PinPad
                action={rescheduleMyBooking}
                hidden={{ code, tripId: chosen.trip.tripId, subClass: chosen.subClass }}
                amount={formatRupiah(chosen.toPay)}
                errors={{ ...c.errors, generic: t.errors.generic }}
                labels={pinPadLabels(c, r.toPay)}
              />
            </section>
          )}
        </>
      )}
      <Link className="link" href={`/booking/${code}`}>
        {c.viewBooking}
      </Link>
    </div>
  );
}
