import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import {
  HISTORY_FILTERS,
  parseHistoryFilter,
  walletHistory,
  walletSummary,
  type HistoryFilter,
} from '@/lib/wallet/queries';
import { HistoryList } from '@/components/kaipay/history-list';
import { historyDetails } from '@/lib/kaipay/history-details';

export const dynamic = 'force-dynamic';

type Search = Promise<{ jenis?: string; hal?: string }>;

export default async function HistoryPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser('/kaipay/riwayat');
  if ((await walletSummary(user.id))?.step !== 'active') redirect('/kaipay');
  const { t, locale } = await getI18n();
  const h = t.kaipay.historyPage;
  const params = await searchParams;
  const filter = parseHistoryFilter(params.jenis);
  const page = Math.max(1, Math.floor(Number(params.hal) || 1));
  const history = await walletHistory(user.id, filter, page);
  const href = (f: HistoryFilter, p = 1) => `/kaipay/riwayat?jenis=${f}${p > 1 ? `&hal=${p}` : ''}`;
  return (
    <div className="mx-auto grid max-w-2xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{h.title}</h1>
      <nav aria-label={h.filterLabel}>
        <ul className="flex flex-wrap gap-2">
          {(Object.keys(HISTORY_FILTERS) as HistoryFilter[]).map((f) => (
            <li key={f}>
              <Link
                href={href(f)}
                aria-current={f === filter ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium ${f === filter ? 'border-kai-navy bg-kai-navy text-white' : 'border-slate-300 bg-white text-kai-navy'}`}
              >
                {h.filters[f]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="card min-w-0">
        {history.rows.length === 0 ? (
          <p className="text-slate-700">{h.empty}</p>
        ) : (
          <HistoryList
            rows={history.rows}
            details={await historyDetails(
              user.id,
              history.rows.map((r) => r.id),
            )}
            locale={locale}
            labels={{
              kinds: h.kinds,
              purposes: h.labels,
              balanceAfter: h.balanceAfter,
              trainNo: t.booking.results.trainNo,
              bookingCode: h.bookingCode,
            }}
          />
        )}
      </section>
      {history.pages > 1 && (
        <nav aria-label={h.pagination} className="flex items-center justify-between gap-2 text-sm">
          {history.page > 1 ? (
            <Link className="btn-secondary" href={href(filter, history.page - 1)}>
              {h.prev}
            </Link>
          ) : (
            <span />
          )}
          <span>{h.pageOf(history.page, history.pages)}</span>
          {history.page < history.pages ? (
            <Link className="btn-secondary" href={href(filter, history.page + 1)}>
              {h.next}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
      <Link href="/kaipay" className="link">
        {t.kaipay.back}
      </Link>
    </div>
  );
}
