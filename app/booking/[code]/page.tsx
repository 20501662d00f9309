import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { getOwnBooking } from '@/lib/booking/queries';
import { cancellationQuote } from '@/lib/booking/cancel';
import { afterSale } from '@/lib/booking/e-tickets';
import { now } from '@/lib/clock';
import { formatRupiah } from '@/lib/money';
import { addDays, formatWibDateTime, formatWibDeadline, wibDate } from '@/lib/dates';
import { numberSetting } from '@/lib/settings';
import { paymentReceipt } from '@/lib/checkout/receipt';
import { paymentMethodText } from '@/components/checkout/receipt';
import { Countdown } from '@/components/booking/countdown';
import { TripSummary } from '@/components/booking/trip-summary';
import { PassengerList } from '@/components/booking/passenger-list';
import { FormMessage } from '@/components/ui/form-message';
import { CancelSection } from './cancel-section';
import { sentence } from '@/lib/i18n/lookup';

export const dynamic = 'force-dynamic';

/** The same search again (route, passengers; the date, or today when it has passed). */
function searchAgainHref(
  b: {
    originCode: string;
    destinationCode: string;
    departsAt: number;
    adults: number;
    infants: number;
  },
  at: number,
): string {
  const today = wibDate(at);
  const date = wibDate(b.departsAt) < today ? today : wibDate(b.departsAt);
  return `/search?${new URLSearchParams({
    from: b.originCode,
    to: b.destinationCode,
    date: date > addDays(today, 45) ? today : date,
    adults: String(b.adults),
    infants: String(b.infants),
  }).toString()}`;
}

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ error?: string; cancelled?: string; rescheduled?: string }>;
};

export default async function BookingPage({ params, searchParams }: Props) {
  const { code } = await params;
  const user = await requireUser(`/booking/${encodeURIComponent(code)}`);
  // Someone else's booking (or a made-up code) is simply not found: the code is a secret.
  const booking = await getOwnBooking(user.id, code);
  if (!booking) notFound();
  const { t, locale } = await getI18n();
  const bk = t.booking.booking;
  const c = t.checkout;
  const query = await searchParams;
  const { refund, reschedule } = await afterSale(user.id, booking.code);
  const quote = booking.status === 'paid' ? await cancellationQuote(user.id, booking.code) : null;
  const receipt = await paymentReceipt(user.id, booking.code);
  const at = now();
  // Past the deadline but inside the grace for bank payments (lib/booking/expiry.ts).
  const graceEndsAt =
    booking.status === 'awaiting_payment' && booking.holdExpiresAt <= at
      ? booking.holdExpiresAt + (await numberSetting('payment_grace_minutes')) * 60_000
      : null;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{bk.title}</h1>
      {query.error && (
        <FormMessage tone="error">{sentence(c.errors, query.error, t.errors.generic)}</FormMessage>
      )}
      {query.rescheduled && <FormMessage tone="success">{c.reschedule.done}</FormMessage>}
      {query.cancelled && refund && (
        <FormMessage tone="success">
          {(refund.status === 'to_kaipay' ? c.cancel.done : c.cancel.doneBank)(
            formatRupiah(refund.amount),
          )}
        </FormMessage>
      )}
      <section className="card grid gap-2">
        <p>
          {bk.code}:{' '}
          <strong className="font-mono text-xl tracking-widest" data-testid="booking-code">
            {booking.code}
          </strong>
        </p>
        <p>
          {bk.status}: <strong data-testid="booking-status">{bk.statuses[booking.status]}</strong>
        </p>
        {graceEndsAt !== null && (
          <p className="text-sm font-medium text-amber-900" data-testid="grace-note">
            {t.checkout.journey.graceNote(formatWibDeadline(graceEndsAt, at, locale))}
          </p>
        )}
        {booking.status === 'awaiting_payment' && booking.holdExpiresAt > at && (
          <>
            <div className="flex flex-wrap items-baseline gap-x-3">
              <Countdown
                deadline={booking.holdExpiresAt}
                serverNow={at}
                label={bk.timeLeft}
                expiredText={bk.expiredNow}
              />
              <span className="text-sm font-medium" data-testid="deadline-clock">
                {c.flow.payBy(formatWibDeadline(booking.holdExpiresAt, at, locale))}
              </span>
            </div>
            <Link href={`/checkout/${booking.code}`} className="btn-primary justify-self-start">
              {bk.payNow}
            </Link>
          </>
        )}
        {booking.status === 'expired' && (
          <div className="grid justify-items-start gap-2" data-testid="book-again">
            <p className="text-red-700">{bk.expiredNow}</p>
            <p className="text-sm text-slate-700">{bk.bookAgainLead}</p>
            <Link href={searchAgainHref(booking, at)} className="btn-primary">
              {bk.bookAgain}
            </Link>
          </div>
        )}
        {receipt && (
          <p className="text-sm" data-testid="paid-with">
            {c.receipt.paidWith(
              paymentMethodText(t, receipt),
              formatWibDateTime(receipt.paidAt, locale),
            )}
          </p>
        )}
        {booking.status === 'paid' && (
          <p className="flex flex-wrap gap-3">
            <Link href={`/tickets/${booking.code}`} className="btn-primary">
              {c.tickets.showTickets}
            </Link>
            {!reschedule && quote?.ok && (
              <Link href={`/booking/${booking.code}/ubah-jadwal`} className="btn-secondary">
                {c.reschedule.link}
              </Link>
            )}
          </p>
        )}
        {refund && (
          <div
            role="status"
            data-testid="refund-info"
            className="grid gap-1 border-t border-slate-200 pt-2 text-sm"
          >
            <p className="font-semibold">
              {c.cancel.refundTitle}: {formatRupiah(refund.amount)} ·{' '}
              {c.cancel.refundStatus[refund.status]}
            </p>
            <p>
              {c.cancel.fee}: {formatRupiah(refund.fee)}
            </p>
          </div>
        )}
        {reschedule && (
          <p className="border-t border-slate-200 pt-2 text-sm text-slate-700">
            {c.reschedule.previous}: {formatWibDateTime(reschedule.oldDepartsAt, locale)} WIB ·{' '}
            {c.reschedule.fee} {formatRupiah(reschedule.fee)}
          </p>
        )}
      </section>
      <TripSummary
        t={t}
        locale={locale}
        trip={booking}
        seatClass={booking.seatClass}
        subClass={booking.subClass}
        fare={booking.fare}
        adults={booking.adults}
        infants={booking.infants}
      />
      <PassengerList t={t} passengers={booking.passengers} />
      {quote?.ok && <CancelSection t={t} code={booking.code} quote={quote} />}
    </div>
  );
}
