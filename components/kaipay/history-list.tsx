import { formatRupiah } from '@/lib/money';
import type { HistoryRow } from '@/lib/wallet/queries';

const TIME = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Wallet entries, newest first: what, when, the signed amount and the balance after it. */
export function HistoryList({
  rows,
  kinds,
  balanceLabel,
}: {
  rows: HistoryRow[];
  kinds: Record<HistoryRow['kind'], string>;
  balanceLabel: string;
}) {
  return (
    <ul className="divide-y divide-slate-200">
      {rows.map((r) => (
        <li key={r.id} className="flex items-start justify-between gap-3 py-3">
          <div className="min-w-0">
            <p className="font-medium">{kinds[r.kind]}</p>
            <p className="truncate text-sm text-slate-700">{r.reference}</p>
            <p className="text-xs text-slate-600">
              <time dateTime={new Date(r.createdAt).toISOString()}>
                {TIME.format(r.createdAt)} WIB
              </time>
            </p>
          </div>
          <div className="shrink-0 text-right">
            <p className={`font-semibold ${r.amount > 0 ? 'text-emerald-700' : 'text-slate-900'}`}>
              {r.amount > 0 ? '+' : '−'}
              {formatRupiah(Math.abs(r.amount))}
            </p>
            <p className="text-xs text-slate-600">
              {balanceLabel} {formatRupiah(r.balanceAfter)}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
