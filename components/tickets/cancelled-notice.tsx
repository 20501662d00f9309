import Link from 'next/link';
import type { Messages } from '@/lib/i18n';
import { formatRupiah } from '@/lib/money';
import { formatWibDateTime } from '@/lib/dates';

type Props = {
  t: Messages;
  locale: 'id' | 'en';
  code: string;
  trip: string;
  refund: {
    amount: number;
    fee: number;
    status: 'to_kaipay' | 'to_bank';
    createdAt: number;
  } | null;
};

/**
 * What the e-ticket link (sent by WhatsApp) shows its owner once the booking was cancelled: that the
 * tickets no longer count, and how much came back and where, with the ways on from here.
 */
export function CancelledNotice({ t, locale, code, trip, refund }: Props) {
  const j = t.checkout.journey;
  return (
    <section className="card grid gap-3 border-red-200" data-testid="ticket-cancelled">
      <h1 className="text-2xl font-bold text-red-800">{j.cancelledTitle}</h1>
      <p className="font-medium">{trip}</p>
      <p>{j.cancelledLead(code)}</p>
      {refund && refund.amount > 0 ? (
        <p className="font-semibold" data-testid="cancelled-refund">
          {refund.status === 'to_kaipay'
            ? j.refundKaipay(
                formatRupiah(refund.amount),
                formatWibDateTime(refund.createdAt, locale),
              )
            : j.refundBank(formatRupiah(refund.amount))}
        </p>
      ) : (
        <p data-testid="cancelled-refund">{j.noRefund}</p>
      )}
      {refund && refund.fee > 0 && (
        <p className="text-sm text-slate-700">{j.feeKept(formatRupiah(refund.fee))}</p>
      )}
      <p className="flex flex-wrap gap-3">
        <Link href={`/booking/${code}`} className="btn-secondary">
          {t.checkout.viewBooking}
        </Link>
        {refund?.status === 'to_kaipay' && refund.amount > 0 && (
          <Link href="/kaipay/riwayat?jenis=refund" className="btn-secondary">
            {j.seeHistory}
          </Link>
        )}
        <Link href="/" className="btn-primary">
          {j.searchAgain}
        </Link>
      </p>
    </section>
  );
}
