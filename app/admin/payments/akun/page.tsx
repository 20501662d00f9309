import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { ACCOUNT_FILTERS, ACCOUNT_SORTS, accountsPage } from '@/lib/admin/payments';
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
const PATH = '/admin/payments/akun';

/** Virtual accounts and retail codes, with their owner, amount and expiry. */
export default async function PaymentAccountsPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t, locale } = await getI18n();
  const a = t.adminMoney.payments;
  const view = parseTableView(await searchParams, {
    sorts: ACCOUNT_SORTS,
    defaultSort: 'createdAt',
    filters: ACCOUNT_FILTERS,
  });
  const page = await accountsPage(view);
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{a.tabs.accounts}</h1>
      <PaymentTabs t={t} current={PATH} />
      <FilterForm
        path={PATH}
        view={view}
        labels={t.admin.table}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField name="q" label={t.admin.table.search} value={view.filters.q} />
        <FilterField
          name="kind"
          label={a.kind}
          value={view.filters.kind}
          options={[
            { value: '', label: t.admin.table.all },
            ...Object.entries(a.kinds).map(([value, label]) => ({ value, label })),
          ]}
        />
      </FilterForm>
      <TableFrame caption={a.tabs.accounts}>
        <thead>
          <tr>
            <SortHeader
              path={PATH}
              view={view}
              column="createdAt"
              label={a.created}
              labels={t.admin.table}
            />
            <SortHeader
              path={PATH}
              view={view}
              column="bank"
              label={a.bank}
              labels={t.admin.table}
            />
            <th scope="col" className="px-2 py-2">
              {a.number}
            </th>
            <th scope="col" className="px-2 py-2">
              {a.owner}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {a.amount}
            </th>
            <th scope="col" className="px-2 py-2">
              {a.expires}
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="px-2 py-2">{formatWibDateTime(r.createdAt, locale)}</td>
              <td className="px-2 py-2">
                {r.bank} · {a.kinds[r.kind] ?? r.kind}
              </td>
              <td className="px-2 py-2 font-mono text-xs">{r.number}</td>
              <td className="px-2 py-2">
                <Link href={`/admin/penumpang/${r.userId}`} className="link">
                  {r.email}
                </Link>
                <span className="block text-xs text-slate-600">
                  {a.purposes[r.purpose] ?? r.purpose}
                </span>
              </td>
              <td className="px-2 py-2 text-right">
                {r.amount === null ? '—' : formatRupiah(r.amount)}
              </td>
              <td className="px-2 py-2">
                {r.expiresAt ? formatWibDateTime(r.expiresAt, locale) : '—'}
              </td>
            </tr>
          ))}
          {page.rows.length === 0 && (
            <tr>
              <td colSpan={6} className="px-2 py-3">
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
