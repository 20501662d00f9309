import Link from 'next/link';
import { formatServiceDate, formatWibArrival, formatWibTime, wibDate } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { BookingSummary } from '@/lib/booking/queries';

const BADGE: Record<BookingSummary['status'], string> = {
  awaiting_payment: 'bg-amber-100 text-amber-900 ring-amber-300',
  paid: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  cancelled: 'bg-red-100 text-red-900 ring-red-300',
  expired: 'bg-slate-200 text-slate-800 ring-slate-300',
};

/** A booking in Tiket Saya: train(s), station names, when (an overnight arrival with its date), a status badge. */
export function BookingRow({
  t,
  locale,
  booking: b,
}: {
  t: Messages;
  locale: 'id' | 'en';
  booking: BookingSummary;
}) {
  return (
    <Link
      href={`/booking/${b.code}`}
      className="card grid gap-1 hover:border-kai-navy sm:grid-cols-[1fr_auto] sm:gap-x-4"
      data-testid="booking-row"
    >
      <span className="flex flex-wrap items-center gap-2">
        <span className="font-semibold text-kai-navy">
          {b.trainName}
          {b.secondTrainName && ` + ${b.secondTrainName}`}
        </span>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${BADGE[b.status]}`}
          data-testid="booking-badge"
        >
          {t.booking.booking.statuses[b.status]}
        </span>
      </span>
      <span className="font-mono tracking-wider sm:text-right">{b.code}</span>
      <span className="text-sm" data-testid="booking-route">
        {b.originName} ({b.originCode}) → {b.destinationName} ({b.destinationCode})
      </span>
      <span className="text-sm sm:text-right">{formatRupiah(b.total)}</span>
      <span className="text-sm text-slate-700 sm:col-span-2">
        {formatServiceDate(wibDate(b.departsAt), locale)} · {formatWibTime(b.departsAt)} →{' '}
        {formatWibArrival(b.arrivesAt, b.departsAt, locale)} WIB
      </span>
    </Link>
  );
}
