import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';

type Row = {
  id: number;
  bank: string;
  grossAmount: number;
  fee: number;
  status: string;
  outcome: string | null;
  createdAt: number;
};

/** Recent top-ups with their outcome; money returned to the bank says why. */
export function TopUpHistory({ t, rows }: { t: Messages; rows: Row[] }) {
  const p = t.topup;
  return (
    <section className="card grid gap-2" aria-labelledby="topup-history">
      <h2 id="topup-history" className="text-lg font-semibold">
        {p.recent}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{p.none}</p>
      ) : (
        <ul className="grid gap-1 text-sm">
          {rows.map((r) => (
            <li
              key={r.id}
              className="flex flex-wrap justify-between gap-2 border-b border-slate-100 py-1 last:border-0"
            >
              <span>
                {new Date(r.createdAt).toLocaleString('id-ID', {
                  timeZone: 'Asia/Jakarta',
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}{' '}
                · {r.bank}
              </span>
              <span>
                <strong>{formatRupiah(r.grossAmount)}</strong>{' '}
                <span
                  className={
                    r.status === 'returned'
                      ? 'text-red-700'
                      : r.status === 'settlement'
                        ? 'text-emerald-800'
                        : 'text-slate-700'
                  }
                >
                  {p.statuses[r.status as keyof typeof p.statuses] ?? r.status}
                  {r.status === 'returned' && r.outcome
                    ? ` (${p.reasons[r.outcome] ?? r.outcome})`
                    : ''}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
