import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { paymentReceipt } from '@/lib/checkout/receipt';
import { ProgressSteps } from '@/components/booking/progress-steps';
import { Receipt } from './receipt';

type Props = { userId: number; code: string };

/**
 * A paid booking's checkout: the last step, the receipt and the way to the e-tickets (which were
 * also sent to the phone). The KAIPay pay action refreshes the checkout into it, within the
 * payment's own answer. Reads only.
 */
export async function PaidView({ userId, code }: Props) {
  const [{ t, locale }, receipt] = await Promise.all([getI18n(), paymentReceipt(userId, code)]);
  return (
    <div className="grid gap-4">
      <ProgressSteps t={t} current={3} />
      <Receipt t={t} locale={locale} receipt={receipt}>
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
