import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { PASSENGER_FILTERS, PASSENGER_SORTS, passengersPage } from '@/lib/admin/passengers';
import { formatRupiah } from '@/lib/money';
import {
  FilterField,
  FilterForm,
  Pagination,
  SortHeader,
  TableFrame,
} from '@/components/admin/data-table';

type Search = Promise<Record<string, string | string[] | undefined>>;
const PATH = '/admin/penumpang';

/** Accounts found by name, email, phone or whole NIK (shown masked), with their KAIPay. */
export default async function AdminPassengersPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t } = await getI18n();
  const m = t.adminMoney;
  const p = m.passengers;
  const view = parseTableView(await searchParams, {
    sorts: PASSENGER_SORTS,
    defaultSort: 'createdAt',
    filters: PASSENGER_FILTERS,
  });
  const page = await passengersPage(view);
  const options = (o: Record<string, string>) =>
    Object.entries(o).map(([value, label]) => ({ value, label }));
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{p.title}</h1>
      <p>
        <Link href="/admin/kaipay" className="link">
          {p.kycQueue} →
        </Link>
      </p>
      <FilterForm
        path={PATH}
        view={view}
        labels={t.admin.table}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField name="q" label={p.search} value={view.filters.q} />
        <FilterField
          name="wallet"
          label={p.wallet}
          value={view.filters.wallet}
          options={options(p.walletFilter)}
        />
        <FilterField
          name="role"
          label={p.role}
          value={view.filters.role}
          options={options(p.roleFilter)}
        />
      </FilterForm>
      <TableFrame caption={p.title}>
        <thead>
          <tr>
            <SortHeader
              path={PATH}
              view={view}
              column="name"
              label={p.name}
              labels={t.admin.table}
            />
            <th scope="col" className="px-2 py-2">
              {p.phone}
            </th>
            <th scope="col" className="px-2 py-2">
              {p.nik}
            </th>
            <th scope="col" className="px-2 py-2">
              {p.role}
            </th>
            <th scope="col" className="px-2 py-2">
              {p.wallet}
            </th>
            <SortHeader
              path={PATH}
              view={view}
              column="balance"
              label={p.balance}
              labels={t.admin.table}
              align="right"
            />
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="px-2 py-2">
                <Link href={`${PATH}/${r.id}`} className="link" aria-label={p.open(r.name)}>
                  {r.name}
                </Link>
                <span className="block text-xs text-slate-600">{r.email}</span>
              </td>
              <td className="px-2 py-2">{r.phone}</td>
              <td className="px-2 py-2 font-mono">{r.nik}</td>
              <td className="px-2 py-2">{m.role[r.role]}</td>
              <td className="px-2 py-2">
                {r.walletStep ? `${r.walletStep} · ${r.tier}` : p.noWallet}
                {r.frozen && <strong className="block text-red-700">{p.frozen}</strong>}
              </td>
              <td className="px-2 py-2 text-right">
                {r.balance === null ? '—' : formatRupiah(r.balance)}
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
