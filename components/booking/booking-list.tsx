import type { Messages } from '@/lib/i18n';
import type { BookingSummary } from '@/lib/booking/queries';
import { now } from '@/lib/clock';
import { UnpaidBooking } from './unpaid-booking';
import { BookingRow } from '@/components/tickets/booking-row';

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
                <BookingRow t={t} locale={locale} booking={b} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
