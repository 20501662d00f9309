import { formatRupiah } from '@/lib/money';
import { formatWibArrival, formatWibDateTime } from '@/lib/dates';
import type { HistoryRow } from '@/lib/wallet/queries';
import type { HistoryDetail, HistoryPurpose } from '@/lib/kaipay/history-details';

const TIME = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

type Labels = {
  kinds: Record<HistoryRow['kind'], string>;
  purposes: Record<HistoryPurpose, string>;
  balanceAfter: string;
  trainNo: string;
  bookingCode: (code: string) => string;
};

/**
 * Wallet entries, newest first: what they were for (a ticket, a reschedule fee, a refund), the train
 * and route of the booking, when, the signed amount and the balance after it.
 */
export function HistoryList({
  rows,
  details,
  labels,
  locale,
}: {
  rows: HistoryRow[];
  details: Map<number, HistoryDetail>;
  labels: Labels;
  locale: 'id' | 'en';
}) {
  return (
    <ul className="divide-y divide-slate-200">
      {rows.map((r) => {
        const d = details.get(r.id);
        const b = d?.booking;
        return (
          <li
            key={r.id}
            className="flex items-start justify-between gap-3 py-3"
            data-testid="history-row"
          >
            <div className="min-w-0">
              <p className="font-medium" data-testid="history-label">
                {d?.purpose ? labels.purposes[d.purpose] : labels.kinds[r.kind]}
              </p>
              {b ? (
                <>
                  <p className="text-sm text-slate-800" data-testid="history-trip">
                    {b.trainName} ({labels.trainNo} {b.trainNumber}) · {b.originName} →{' '}
                    {b.destinationName}
                  </p>
                  <p className="text-xs text-slate-700">
                    {formatWibDateTime(b.departsAt, locale)} –{' '}
                    {formatWibArrival(b.arrivesAt, b.departsAt, locale)} WIB ·{' '}
                    <span className="font-mono">{labels.bookingCode(b.code)}</span>
                  </p>
                </>
              ) : (
                <p className="truncate text-sm text-slate-700">{r.reference}</p>
              )}
              <p className="text-xs text-slate-600">
                <time dateTime={new Date(r.createdAt).toISOString()}>
                  {TIME.format(r.createdAt)} WIB
                </time>
              </p>
            </div>
            <div className="shrink-0 text-right">
              <p
                className={`font-semibold ${r.amount > 0 ? 'text-emerald-700' : 'text-slate-900'}`}
              >
                {r.amount > 0 ? '+' : '−'}
                {formatRupiah(Math.abs(r.amount))}
              </p>
              <p className="text-xs text-slate-600">
                {labels.balanceAfter} {formatRupiah(r.balanceAfter)}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
