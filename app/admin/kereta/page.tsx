import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { TRAIN_FILTERS, TRAIN_SORTS, trainsPage } from '@/lib/admin/trains';
import { ActionForm } from '@/components/admin/action-form';
import {
  FilterField,
  FilterForm,
  Pagination,
  SortHeader,
  TableFrame,
} from '@/components/admin/data-table';
import { addTrain } from './actions';

type Search = Promise<Record<string, string | string[] | undefined>>;
const PATH = '/admin/kereta';

export default async function TrainsPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t } = await getI18n();
  const k = t.admin.trains;
  const c = t.admin.common;
  const view = parseTableView(await searchParams, {
    sorts: TRAIN_SORTS,
    defaultSort: 'number',
    defaultDir: 'asc',
    filters: TRAIN_FILTERS,
  });
  const page = await trainsPage(view);
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{k.title}</h1>
      <FilterForm
        path={PATH}
        view={view}
        labels={t.admin.table}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField name="q" label={t.admin.table.search} value={view.filters.q} />
        <FilterField
          name="active"
          label={k.status}
          value={view.filters.active}
          options={[
            { value: '', label: t.admin.table.all },
            { value: '1', label: k.active },
            { value: '0', label: k.inactive },
          ]}
        />
      </FilterForm>
      <TableFrame caption={k.title}>
        <thead>
          <tr>
            <SortHeader
              path={PATH}
              view={view}
              column="number"
              label={k.number}
              labels={t.admin.table}
            />
            <SortHeader
              path={PATH}
              view={view}
              column="name"
              label={c.name}
              labels={t.admin.table}
            />
            <th scope="col" className="px-2 py-2">
              {k.route}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {k.coaches}
            </th>
            <th scope="col" className="px-2 py-2">
              {k.status}
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="px-2 py-1">
                <Link href={`${PATH}/${r.id}`} className="link">
                  {r.number}
                </Link>
              </td>
              <td className="px-2 py-1">{r.name}</td>
              <td className="px-2 py-1 text-xs">{r.route ?? '–'}</td>
              <td className="px-2 py-1 text-right">{r.coaches}</td>
              <td className="px-2 py-1">{r.active ? k.active : k.inactive}</td>
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
      <section className="card grid gap-3" aria-labelledby="add-train">
        <h2 id="add-train" className="text-lg font-semibold">
          {k.add}
        </h2>
        <ActionForm
          action={addTrain}
          errors={t.admin.errors}
          columns={2}
          submit={{ label: c.add, busy: c.adding }}
          fields={[
            { name: 'number', label: k.number, required: true, inputMode: 'numeric' },
            { name: 'name', label: c.name, required: true },
          ]}
        />
      </section>
    </>
  );
}
