import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { paymentReceipt } from '@/lib/checkout/receipt';
import { ProgressSteps } from '@/components/booking/progress-steps';
import { Receipt } from './receipt';

/**
 * What the checkout becomes once KAIPay has paid: the last step, the receipt and the way to the
 * e-tickets. The pay action renders it into its own answer (FormState `view`), so a payment is one
 * request, not a payment plus a render of the e-ticket page; the e-tickets are one tap away (and
 * were sent to the phone). Reads only.
 */
export async function paidView(userId: number, code: string) {
  const [{ t, locale }, receipt] = await Promise.all([getI18n(), paymentReceipt(userId, code)]);
  const steps = t.booking.book;
  return (
    <div className="grid gap-4">
      <ProgressSteps
        steps={steps.steps}
        current={3}
        label={steps.stepsLabel}
        doneLabel={steps.stepDone}
        currentLabel={steps.stepCurrent}
      />
      <Receipt t={t} locale={locale} receipt={receipt} level={1}>
        <p className="text-sm">
          {t.booking.booking.code}:{' '}
          <strong className="font-mono text-base tracking-widest" data-testid="paid-code">
            {code}
          </strong>
        </p>
        <p className="text-sm text-emerald-900">{t.checkout.receipt.ticketsSent}</p>
        <p className="flex flex-wrap gap-3">
          <Link href={`/tickets/${code}`} className="btn-primary">
            {t.checkout.tickets.showTickets}
          </Link>
          <Link href="/tickets" className="btn-secondary">
            {t.nav.tickets}
          </Link>
        </p>
      </Receipt>
    </div>
  );
}
