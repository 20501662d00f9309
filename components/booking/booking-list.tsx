import Link from 'next/link';
import { formatServiceDate, formatWibTime, wibDate } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { BookingSummary } from '@/lib/booking/queries';
import { now } from '@/lib/clock';
import { UnpaidBooking } from './unpaid-booking';

type Props = {
  t: Messages;
  locale: 'id' | 'en';
  title: string;
  bookings: BookingSummary[];
  id: string;
};

/** One group of Tiket Saya. */
export function BookingList({ t, locale, title, bookings, id }: Props) {
  const at = now();
  return (
    <section aria-labelledby={id} className="grid gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="text-slate-600">({bookings.length})</span>
      </h2>
      {bookings.length === 0 ? (
        <p className="text-sm text-slate-600">{t.booking.tickets.none}</p>
      ) : (
        <ul className="grid gap-2">
          {bookings.map((b) => (
            <li key={b.code}>
              {b.status === 'awaiting_payment' ? (
                <UnpaidBooking t={t} locale={locale} booking={b} serverNow={at} />
              ) : (
                <Link
                  href={`/booking/${b.code}`}
                  className="card flex flex-wrap items-center justify-between gap-2 hover:border-kai-navy"
                >
                  <span>
                    <span className="block font-semibold text-kai-navy">
                      {b.trainName}
                      {b.secondTrainName && ` + ${b.secondTrainName}`} · {b.originCode} →{' '}
                      {b.destinationCode}
                    </span>
                    <span className="block text-sm text-slate-700">
                      {formatServiceDate(wibDate(b.departsAt), locale)} ·{' '}
                      {formatWibTime(b.departsAt)} · {t.booking.booking.statuses[b.status]}
                    </span>
                  </span>
                  <span className="text-right">
                    <span className="block font-mono tracking-wider">{b.code}</span>
                    <span className="block text-sm">{formatRupiah(b.total)}</span>
                  </span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
