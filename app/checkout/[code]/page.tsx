import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { checkoutView } from '@/lib/checkout/view';
import { createBookingPaymentCode } from '@/lib/payments/booking-payment';
import { isRetailOutlet, isVaBank } from '@/lib/payments/banks';
import { formatRupiah } from '@/lib/money';
import { now } from '@/lib/clock';
import { Countdown } from '@/components/booking/countdown';
import { TripSummary } from '@/components/booking/trip-summary';
import { PassengerList } from '@/components/booking/passenger-list';
import { FormMessage } from '@/components/ui/form-message';
import { MethodMenu } from '@/components/checkout/method-menu';
import { PaymentCode } from '@/components/checkout/payment-code';
import { PinPad } from '@/components/checkout/pin-pad';
import { payBookingWithKaipay } from './actions';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ method?: string }> };

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { code } = await params;
  const user = await requireUser(`/checkout/${encodeURIComponent(code)}`);
  // Someone else's booking (or a made-up code) is simply not found.
  const view = checkoutView(user.id, code);
  if (!view) notFound();
  const { booking, kaipay } = view;
  if (booking.status === 'paid') redirect(`/tickets/${booking.code}`);
  const { t, locale } = await getI18n();
  const c = t.checkout;
  const bk = t.booking.booking;
  const method = (await searchParams).method ?? '';
  const bank = isVaBank(method) || isRetailOutlet(method) ? method : undefined;
  const payment =
    bank && booking.status === 'awaiting_payment'
      ? await createBookingPaymentCode(user.id, booking.code, bank)
      : undefined;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{c.title}</h1>
      <section className="card grid gap-2">
        <p>
          {bk.code}: <strong className="font-mono text-xl tracking-widest">{booking.code}</strong>
        </p>
        <p>
          {bk.status}: <strong data-testid="booking-status">{bk.statuses[booking.status]}</strong>
        </p>
        {booking.status === 'awaiting_payment' ? (
          <Countdown
            deadline={booking.holdExpiresAt}
            serverNow={now()}
            label={bk.timeLeft}
            expiredText={bk.expiredNow}
          />
        ) : (
          <FormMessage tone="error">
            {booking.status === 'expired' ? c.errors.hold_expired : c.notAwaiting}{' '}
            <Link className="link" href={`/booking/${booking.code}`}>
              {c.viewBooking}
            </Link>
          </FormMessage>
        )}
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
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
        {booking.status === 'awaiting_payment' && (
          <div className="grid content-start gap-4">
            <MethodMenu t={t} code={booking.code} selected={method} kaipay={kaipay} />
            {method === 'kaipay' && kaipay.state === 'ready' && (
              <section className="card">
                <PinPad
                  action={payBookingWithKaipay}
                  hidden={{ code: booking.code }}
                  amount={formatRupiah(booking.total)}
                  errors={{ ...c.errors, generic: t.errors.generic }}
                  labels={{
                    title: c.pinTitle,
                    amountLabel: c.amount,
                    recipientLabel: c.recipient,
                    recipient: c.recipientName,
                    pin: c.pinLabel,
                    hint: c.pinHint,
                    erase: c.erase,
                    clear: c.clear,
                    submit: c.continue,
                    busy: c.paying,
                    digit: c.digit,
                    entered: c.pinEntered,
                  }}
                />
                <Link href="/kaipay/pin/lupa" className="link mt-3 inline-block text-sm">
                  {c.forgotPin}
                </Link>
              </section>
            )}
            {payment && !payment.ok && (
              <FormMessage tone="error">{c.errors[payment.code]}</FormMessage>
            )}
            {payment?.ok && bank && (
              <PaymentCode t={t} locale={locale} code={booking.code} bank={bank} {...payment} />
            )}
          </div>
        )}
      </div>
    </div>
  );
}
