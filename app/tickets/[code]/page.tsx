import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { afterSale, ownTickets } from '@/lib/booking/e-tickets';
import { getOwnBooking } from '@/lib/booking/queries';
import { CancelledNotice } from '@/components/tickets/cancelled-notice';
import {
  formatServiceDate,
  formatWibArrival,
  formatWibDateTime,
  formatWibTime,
  wibDate,
} from '@/lib/dates';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TicketCard } from '@/components/tickets/ticket-card';
import { PrintButton } from '@/components/tickets/print-button';
import { showBoardingPass } from './actions';
import { sentence } from '@/lib/i18n/lookup';

export const dynamic = 'force-dynamic';

// Print: only the tickets (booking references until boarding opens: never a boarding QR) (no site header, navigation or buttons), one ticket never split over pages.
const PRINT_CSS =
  '@media print { header, nav, footer, [data-print=hide] { display: none !important } body { background: white } .card { box-shadow: none } }';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ error?: string }>;
};

export default async function TicketsOfBookingPage({ params, searchParams }: Props) {
  const { code } = await params;
  const user = await requireUser(`/tickets/${encodeURIComponent(code)}`);
  const data = await ownTickets(user.id, code);
  const { t, locale } = await getI18n();
  if (!data) {
    // The owner's link to a booking that is not (or no longer) paid leads somewhere: a cancelled
    // one says so and what was refunded; an unpaid or expired one is its booking page. Anyone
    // else still gets a 404: the code is a secret.
    const own = await getOwnBooking(user.id, code);
    if (!own) notFound();
    if (own.status !== 'cancelled') redirect(`/booking/${own.code}`);
    return (
      <CancelledNotice
        t={t}
        locale={locale}
        code={own.code}
        trip={`${own.trainName}${own.secondTrainName ? ` + ${own.secondTrainName}` : ''} · ${own.originName} → ${own.destinationName} · ${formatWibDateTime(own.departsAt, locale)} WIB`}
        refund={(await afterSale(user.id, own.code)).refund}
      />
    );
  }
  const k = t.checkout.tickets;
  const q = await searchParams;
  const { booking } = data;
  const date = formatServiceDate(wibDate(booking.departsAt), locale);
  const open = data.now >= data.boardingOpensAt;
  return (
    <div className="grid gap-4">
      <style>{PRINT_CSS}</style>
      <h1 className="text-2xl font-bold text-kai-navy">
        {k.title} ·{' '}
        <span className="font-mono" data-testid="tickets-code">
          {booking.code}
        </span>
      </h1>
      {q.error && (
        <FormMessage tone="error">
          {sentence(t.checkout.errors, q.error, t.errors.generic)}
        </FormMessage>
      )}
      <div data-print="hide" className="flex flex-wrap items-center gap-3">
        <PrintButton label={k.print} />
        {open ? (
          <form action={showBoardingPass}>
            <input type="hidden" name="code" value={booking.code} />
            <SubmitButton label={k.openBoarding} busyLabel={t.common.loading} />
          </form>
        ) : (
          <p className="text-sm text-slate-700" data-testid="boarding-opens">
            {k.boardingOpens(
              `${formatServiceDate(wibDate(data.boardingOpensAt), locale)} ${formatWibTime(data.boardingOpensAt)}`,
            )}
          </p>
        )}
        <Link className="link" href={`/booking/${booking.code}`}>
          {t.checkout.viewBooking}
        </Link>
      </div>
      <p className="text-sm text-slate-700" data-testid="not-boarding-note">
        {k.notBoardingNote}
      </p>
      {/* One group per train: a connection's second train has its own tickets and seats. */}
      {booking.legs.map((leg, i) => (
        <section key={leg.leg} className="grid gap-3" aria-label={t.booking.results.leg(leg.leg)}>
          {booking.legs.length > 1 && (
            <h2 className="text-lg font-semibold text-kai-navy" data-testid="ticket-leg">
              {t.booking.results.leg(leg.leg)}: {leg.trainName} · {leg.originName} →{' '}
              {leg.destinationName}
            </h2>
          )}
          {i > 0 && (
            <p className="text-sm font-medium text-kai-orange" data-testid="ticket-transit">
              {t.booking.book.changeAt(
                leg.originName,
                `${formatServiceDate(wibDate(leg.departsAt), locale)} ${formatWibTime(leg.departsAt)}`,
              )}
            </p>
          )}
          {data.tickets
            .filter((tk) => tk.leg === leg.leg)
            .map((tk) => (
              <TicketCard
                key={tk.number}
                t={t}
                ticket={tk}
                bookingCode={booking.code}
                trip={{ ...booking, ...leg }}
                date={leg.leg === 1 ? date : formatServiceDate(wibDate(leg.departsAt), locale)}
                departs={formatWibTime(leg.departsAt)}
                arrives={formatWibArrival(leg.arrivesAt, leg.departsAt, locale)}
              />
            ))}
        </section>
      ))}
    </div>
  );
}
