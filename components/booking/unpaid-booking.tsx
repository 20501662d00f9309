import Link from 'next/link';
import { formatServiceDate, formatWibDeadline, formatWibTime, wibDate } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { BookingSummary } from '@/lib/booking/queries';
import { Countdown } from './countdown';

type Props = { t: Messages; locale: 'id' | 'en'; booking: BookingSummary; serverNow: number };

/**
 * A booking still awaiting payment, where the passenger will look for it (home, Tiket Saya): the
 * time left, the deadline's clock time in WIB, and "Bayar" straight to checkout.
 */
export function UnpaidBooking({ t, locale, booking: b, serverNow }: Props) {
  const tk = t.booking.tickets;
  return (
    <article
      className="card grid gap-2 border-kai-orange"
      aria-labelledby={`unpaid-${b.code}`}
      data-testid="unpaid-booking"
    >
      <h3 id={`unpaid-${b.code}`} className="font-semibold text-kai-navy">
        {b.trainName}
        {b.secondTrainName && ` + ${b.secondTrainName}`} · {b.originName} → {b.destinationName}
      </h3>
      <p className="text-sm text-slate-700">
        {formatServiceDate(wibDate(b.departsAt), locale)} · {formatWibTime(b.departsAt)} ·{' '}
        <span className="font-mono tracking-wider">{b.code}</span> ·{' '}
        <strong>{formatRupiah(b.total)}</strong>
      </p>
      <div className="flex flex-wrap items-baseline gap-x-3">
        <Countdown
          deadline={b.holdExpiresAt}
          serverNow={serverNow}
          label={t.booking.booking.timeLeft}
          expiredText={t.booking.booking.expiredNow}
        />
        <span className="text-sm font-medium" data-testid="unpaid-deadline">
          {tk.payBy(formatWibDeadline(b.holdExpiresAt, serverNow, locale))}
        </span>
      </div>
      <p className="flex flex-wrap items-center gap-3">
        <Link href={`/checkout/${b.code}`} className="btn-primary" aria-label={tk.payCode(b.code)}>
          {tk.pay}
        </Link>
        <Link href={`/booking/${b.code}`} className="link text-sm">
          {tk.open}
        </Link>
      </p>
    </article>
  );
}
