import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { STATION_FILTERS, STATION_SORTS, stationsPage } from '@/lib/admin/stations';
import { ActionForm } from '@/components/admin/action-form';
import {
  FilterField,
  FilterForm,
  Pagination,
  SortHeader,
  TableFrame,
} from '@/components/admin/data-table';
import { addStation } from './actions';

type Search = Promise<Record<string, string | string[] | undefined>>;
const PATH = '/admin/stasiun';

export default async function StationsPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t } = await getI18n();
  const s = t.admin.stations;
  const c = t.admin.common;
  const view = parseTableView(await searchParams, {
    sorts: STATION_SORTS,
    defaultSort: 'code',
    defaultDir: 'asc',
    filters: STATION_FILTERS,
  });
  const page = await stationsPage(view);
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{s.title}</h1>
      <FilterForm
        path={PATH}
        view={view}
        labels={t.admin.table}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField name="q" label={t.admin.table.search} value={view.filters.q} />
      </FilterForm>
      <TableFrame caption={s.title}>
        <thead>
          <tr>
            <SortHeader
              path={PATH}
              view={view}
              column="code"
              label={c.code}
              labels={t.admin.table}
            />
            <SortHeader
              path={PATH}
              view={view}
              column="name"
              label={c.name}
              labels={t.admin.table}
            />
            <SortHeader
              path={PATH}
              view={view}
              column="city"
              label={c.city}
              labels={t.admin.table}
            />
            <th scope="col" className="px-2 py-2 text-right">
              {s.trains}
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.code} className="border-t border-slate-100">
              <td className="px-2 py-1">
                <Link href={`${PATH}/${r.code}`} className="link" aria-label={s.editTitle(r.code)}>
                  {r.code}
                </Link>
              </td>
              <td className="px-2 py-1">{r.name}</td>
              <td className="px-2 py-1">{r.city}</td>
              <td className="px-2 py-1 text-right">{r.trains}</td>
            </tr>
          ))}
          {page.rows.length === 0 && (
            <tr>
              <td colSpan={4} className="px-2 py-3">
                {t.admin.table.empty}
              </td>
            </tr>
          )}
        </tbody>
      </TableFrame>
      <Pagination path={PATH} view={view} page={page} labels={t.admin.table} />
      <section className="card grid gap-3" aria-labelledby="add-station">
        <h2 id="add-station" className="text-lg font-semibold">
          {s.add}
        </h2>
        <ActionForm
          action={addStation}
          errors={t.admin.errors}
          columns={3}
          submit={{ label: c.add, busy: c.adding }}
          fields={[
            { name: 'code', label: c.code, hint: s.codeHint, required: true },
            { name: 'name', label: c.name, required: true },
            { name: 'city', label: c.city, required: true },
          ]}
        />
      </section>
    </>
  );
}
