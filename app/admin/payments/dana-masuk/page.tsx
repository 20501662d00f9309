import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { MONEY_IN_FILTERS, MONEY_IN_SORTS, moneyInPage } from '@/lib/admin/payments';
import { TOPUP_STATUSES } from '@/db/schema';
import { formatWibDateTime } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import {
  FilterField,
  FilterForm,
  Pagination,
  SortHeader,
  TableFrame,
} from '@/components/admin/data-table';
import { PaymentTabs } from '../tabs';

type Search = Promise<Record<string, string | string[] | undefined>>;
const PATH = '/admin/payments/dana-masuk';

/** Money the banks reported: top-ups and booking payments, with status and outcome. */
export default async function MoneyInPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t, locale } = await getI18n();
  const a = t.adminMoney.payments;
  const view = parseTableView(await searchParams, {
    sorts: MONEY_IN_SORTS,
    defaultSort: 'createdAt',
    filters: MONEY_IN_FILTERS,
  });
  const page = await moneyInPage(view);
  const all = { value: '', label: t.admin.table.all };
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{a.tabs.moneyIn}</h1>
      <PaymentTabs t={t} current={PATH} />
      <FilterForm
        path={PATH}
        view={view}
        labels={t.admin.table}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField name="q" label={t.admin.table.search} value={view.filters.q} />
        <FilterField
          name="status"
          label={a.status}
          value={view.filters.status}
          options={[all, ...TOPUP_STATUSES.map((s) => ({ value: s, label: s }))]}
        />
        <FilterField
          name="purpose"
          label={a.purpose}
          value={view.filters.purpose}
          options={[all, ...Object.entries(a.purposes).map(([value, label]) => ({ value, label }))]}
        />
      </FilterForm>
      <TableFrame caption={a.tabs.moneyIn}>
        <thead>
          <tr>
            <SortHeader
              path={PATH}
              view={view}
              column="createdAt"
              label={a.created}
              labels={t.admin.table}
            />
            <th scope="col" className="px-2 py-2">
              {a.bank}
            </th>
            <th scope="col" className="px-2 py-2">
              {a.owner}
            </th>
            <SortHeader
              path={PATH}
              view={view}
              column="amount"
              label={a.amount}
              labels={t.admin.table}
              align="right"
            />
            <th scope="col" className="px-2 py-2">
              {a.status}
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="px-2 py-2">{formatWibDateTime(r.createdAt, locale)}</td>
              <td className="px-2 py-2">
                {r.bank} · {a.kinds[r.kind] ?? r.kind} · {a.purposes[r.purpose] ?? r.purpose}
                <span className="block font-mono text-xs break-all">{r.number}</span>
                <span className="block font-mono text-xs break-all text-slate-600">
                  {r.orderId}
                </span>
              </td>
              <td className="px-2 py-2">
                <Link href={`/admin/penumpang/${r.userId}`} className="link">
                  {r.email}
                </Link>
              </td>
              <td className="px-2 py-2 text-right">
                {formatRupiah(r.amount)}
                {r.fee > 0 && (
                  <span className="block text-xs">
                    {a.fee} {formatRupiah(r.fee)}
                  </span>
                )}
              </td>
              <td className="px-2 py-2">
                {r.status}
                {r.outcome && <span className="block text-xs text-slate-600">{r.outcome}</span>}
              </td>
            </tr>
          ))}
          {page.rows.length === 0 && (
            <tr>
              <td colSpan={5} className="px-2 py-3">
                {t.admin.table.empty}
              </td>
            </tr>
          )}
        </tbody>
      </TableFrame>
      <Pagination path={PATH} view={view} page={page} labels={t.admin.table} />
    </>
  );
}
