import { notFound } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { getOwnBooking } from '@/lib/booking/queries';
import { now } from '@/lib/clock';
import { Countdown } from '@/components/booking/countdown';
import { TripSummary } from '@/components/booking/trip-summary';
import { PassengerList } from '@/components/booking/passenger-list';

export const dynamic = 'force-dynamic';

export default async function BookingPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/booking/${encodeURIComponent(code)}`);
  // Someone else's booking (or a made-up code) is simply not found: the code is a secret.
  const booking = getOwnBooking(code, user.id);
  if (!booking) notFound();
  const { t, locale } = await getI18n();
  const bk = t.booking.booking;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{bk.title}</h1>
      <section className="card grid gap-2">
        <p>{bk.code}: <strong className="font-mono text-xl tracking-widest" data-testid="booking-code">{booking.code}</strong></p>
        <p>{bk.status}: <strong data-testid="booking-status">{bk.statuses[booking.status]}</strong></p>
        {booking.status === 'awaiting_payment' && (
          <Countdown deadline={booking.holdExpiresAt} serverNow={now()} label={bk.timeLeft} expiredText={bk.expiredNow} />
        )}
        {booking.status === 'expired' && <p className="text-red-700">{bk.expiredNow}</p>}
      </section>
      <TripSummary t={t} locale={locale} trip={booking} seatClass={booking.seatClass} subClass={booking.subClass} fare={booking.fare} adults={booking.adults} infants={booking.infants} />
      <PassengerList t={t} passengers={booking.passengers} />
    </div>
  );
}
