import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { listOwnBookings } from '@/lib/booking/queries';
import { BookingList } from '@/components/booking/booking-list';

export const dynamic = 'force-dynamic';

export default async function TicketsPage() {
  const user = await requireUser('/tickets');
  const { t, locale } = await getI18n();
  const groups = await listOwnBookings(user.id);
  const tk = t.booking.tickets;
  const empty = Object.values(groups).every((g) => g.length === 0);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold text-kai-navy">{t.tickets.title}</h1>
      {empty ? (
        <div className="card grid justify-items-start gap-3">
          <p>{tk.empty}</p>
          <Link href="/" className="btn-primary">
            {tk.searchCta}
          </Link>
        </div>
      ) : (
        <>
          <BookingList
            id="awaiting"
            t={t}
            locale={locale}
            title={tk.awaiting}
            bookings={groups.awaiting}
          />
          <BookingList
            id="upcoming"
            t={t}
            locale={locale}
            title={tk.upcoming}
            bookings={groups.upcoming}
          />
          <BookingList id="past" t={t} locale={locale} title={tk.past} bookings={groups.past} />
          <BookingList
            id="closed"
            t={t}
            locale={locale}
            title={tk.closed}
            bookings={groups.closed}
          />
        </>
      )}
    </div>
  );
}
