import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { sentence } from '@/lib/i18n/lookup';
import { requireUser } from '@/lib/auth/session';
import { checkoutView } from '@/lib/checkout/view';
import { shownPaymentCode } from '@/lib/checkout/payment-code';
import { isRetailOutlet, isVaBank, RETAIL_FORMATS, VA_FORMATS } from '@/lib/payments/banks';
import { formatRupiah } from '@/lib/money';
import { formatWibDeadline } from '@/lib/dates';
import { now } from '@/lib/clock';
import { Countdown } from '@/components/booking/countdown';
import { TripSummary } from '@/components/booking/trip-summary';
import { PassengerList } from '@/components/booking/passenger-list';
import { FormMessage } from '@/components/ui/form-message';
import { MethodMenu } from '@/components/checkout/method-menu';
import { OpenedPanel } from '@/components/checkout/opened-panel';
import { PayBar } from '@/components/checkout/pay-bar';
import { ProgressSteps } from '@/components/booking/progress-steps';
import { KaipayPanel } from './kaipay-panel';
import { BankPanel } from './bank-panel';
import { PaidView } from '@/components/checkout/paid-view';
import { chooseBookingPaymentMethod } from './actions';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ method?: string; error?: string }>;
};

/**
 * Checkout. Reads only (STYLE.md rule 14): the chosen method comes from the URL, and a bank's
 * number is shown only once the choose action has created it.
 */
export default async function CheckoutPage({ params, searchParams }: Props) {
  const { code } = await params;
  const user = await requireUser(`/checkout/${encodeURIComponent(code)}`);
  // Someone else's booking (or a made-up code) is simply not found.
  const view = await checkoutView(user.id, code);
  if (!view) notFound();
  const { booking, kaipay } = view;
  // Paid: the checkout is its receipt (what the pay action refreshes it into; a reload stays).
  if (booking.status === 'paid') return <PaidView userId={user.id} code={booking.code} />;
  const { t, locale } = await getI18n();
  const c = t.checkout;
  const bk = t.booking.booking;
  const query = await searchParams;
  const method = query.method ?? '';
  const bank = isVaBank(method) || isRetailOutlet(method) ? method : undefined;
  const awaiting = booking.status === 'awaiting_payment';
  const at = now();
  const deadline = c.flow.payBy(formatWibDeadline(booking.holdExpiresAt, at, locale));
  const bar = { totalLabel: c.flow.totalLabel, total: formatRupiah(booking.total), note: deadline };
  const error = query.error ? sentence(c.errors, query.error, t.errors.generic) : undefined;
  const payment = bank ? await shownPaymentCode(user.id, booking.code, bank) : null;
  const bankName = bank && (isVaBank(bank) ? VA_FORMATS[bank].name : RETAIL_FORMATS[bank].name);
  const panel =
    method === 'kaipay' ? (
      <OpenedPanel labelledBy="kaipay-panel-heading" focus={kaipay.state !== 'ready'}>
        <KaipayPanel t={t} code={booking.code} kaipay={kaipay} total={booking.total} bar={bar} />
      </OpenedPanel>
    ) : bank ? (
      <OpenedPanel labelledBy="code-heading" focus>
        <BankPanel
          t={t}
          locale={locale}
          code={booking.code}
          bank={bank}
          bankName={bankName!}
          payment={payment}
          error={error}
          choose={chooseBookingPaymentMethod}
        />
      </OpenedPanel>
    ) : undefined;
  return (
    <div className="grid gap-4 pb-24">
      <ProgressSteps t={t} current={2} />
      <h1 className="text-2xl font-bold text-kai-navy">{c.title}</h1>
      <section className="card grid gap-2" aria-label={bk.summary}>
        <p className="flex flex-wrap items-baseline justify-between gap-2">
          <span>
            {bk.code}: <strong className="font-mono text-xl tracking-widest">{booking.code}</strong>
          </span>
          <span>
            {bk.status}: <strong data-testid="booking-status">{bk.statuses[booking.status]}</strong>
          </span>
        </p>
        <p className="text-sm text-slate-700">
          {booking.trainName} · {booking.originCode} → {booking.destinationCode}
        </p>
        {awaiting ? (
          <div className="flex flex-wrap items-baseline gap-x-3">
            <Countdown
              deadline={booking.holdExpiresAt}
              serverNow={at}
              label={bk.timeLeft}
              expiredText={bk.expiredNow}
            />
            <span className="text-sm font-medium" data-testid="deadline-clock">
              {deadline}
            </span>
          </div>
        ) : (
          <FormMessage tone="error">
            {booking.status === 'expired' ? c.errors.hold_expired : c.notAwaiting}{' '}
            <Link className="link" href={`/booking/${booking.code}`}>
              {c.viewBooking}
            </Link>
          </FormMessage>
        )}
      </section>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        {awaiting && (
          <MethodMenu
            t={t}
            code={booking.code}
            selected={method}
            kaipay={kaipay}
            choose={chooseBookingPaymentMethod}
            panel={panel}
          />
        )}
        <div className="grid content-start gap-4">
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
        </div>
      </div>
      {/* With KAIPay ready the PIN form renders the bar itself, so its button submits the PIN. */}
      {awaiting && !(method === 'kaipay' && kaipay.state === 'ready') && (
        <PayBar {...bar}>
          {payment ? (
            <Link href={`/booking/${booking.code}`} className="btn-secondary">
              {c.checkStatus}
            </Link>
          ) : (
            <a href="#methods-heading" className="btn-primary">
              {c.flow.chooseMethod}
            </a>
          )}
        </PayBar>
      )}
    </div>
  );
}
