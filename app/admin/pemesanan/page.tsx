import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { BOOKING_FILTERS, BOOKING_SORTS, bookingsPage } from '@/lib/admin/bookings';
import { formatWibDateTime } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import {
  FilterField,
  FilterForm,
  Pagination,
  SortHeader,
  TableFrame,
} from '@/components/admin/data-table';

type Search = Promise<Record<string, string | string[] | undefined>>;
const PATH = '/admin/pemesanan';

/** Bookings found by code, passenger name, NIK or phone; sorted and paged on the server. */
export default async function AdminBookingsPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t, locale } = await getI18n();
  const m = t.adminMoney;
  const b = m.bookings;
  const view = parseTableView(await searchParams, {
    sorts: BOOKING_SORTS,
    defaultSort: 'createdAt',
    filters: BOOKING_FILTERS,
  });
  const page = await bookingsPage(view);
  const sort = (column: string, label: string, align?: 'right') => (
    <SortHeader
      path={PATH}
      view={view}
      column={column}
      label={label}
      labels={t.admin.table}
      align={align}
    />
  );
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{b.title}</h1>
      <FilterForm
        path={PATH}
        view={view}
        labels={t.admin.table}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField name="q" label={b.search} value={view.filters.q} />
        <FilterField
          name="status"
          label={b.status}
          value={view.filters.status}
          options={[
            { value: '', label: t.admin.table.all },
            ...Object.entries(m.status).map(([value, label]) => ({ value, label })),
          ]}
        />
      </FilterForm>
      <TableFrame caption={b.title}>
        <thead>
          <tr>
            {sort('code', b.code)}
            <th scope="col" className="px-2 py-2">
              {b.holder}
            </th>
            <th scope="col" className="px-2 py-2">
              {b.train}
            </th>
            {sort('departsAt', b.departs)}
            <th scope="col" className="px-2 py-2">
              {b.status}
            </th>
            {sort('total', b.total, 'right')}
            {sort('createdAt', b.created)}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.code} className="border-t border-slate-100 align-top">
              <td className="px-2 py-2 font-mono">
                <Link href={`${PATH}/${r.code}`} className="link" aria-label={b.open(r.code)}>
                  {r.code}
                </Link>
              </td>
              <td className="px-2 py-2">
                {r.holder}
                <span className="block text-xs text-slate-600">
                  {r.email} · {r.phone} · {r.passengers} {b.passengers.toLowerCase()}
                </span>
              </td>
              <td className="px-2 py-2">
                {r.train}
                <span className="block text-xs text-slate-600">{r.route}</span>
              </td>
              <td className="px-2 py-2">{formatWibDateTime(r.departsAt, locale)}</td>
              <td className="px-2 py-2">{m.status[r.status] ?? r.status}</td>
              <td className="px-2 py-2 text-right">{formatRupiah(r.total)}</td>
              <td className="px-2 py-2">{formatWibDateTime(r.createdAt, locale)}</td>
            </tr>
          ))}
          {page.rows.length === 0 && (
            <tr>
              <td colSpan={7} className="px-2 py-3">
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
