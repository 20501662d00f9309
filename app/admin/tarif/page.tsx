import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { formatRupiah } from '@/lib/money';
import { now } from '@/lib/clock';
import { wibDate } from '@/lib/dates';
import { SEAT_CLASSES } from '@/lib/network/classes';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { FARE_FILTERS, FARE_SORTS, faresPage } from '@/lib/admin/fares';
import { ActionForm } from '@/components/admin/action-form';
import {
  FilterField,
  FilterForm,
  Pagination,
  SortHeader,
  TableFrame,
} from '@/components/admin/data-table';
import { createFare } from './actions';

type Search = Promise<Record<string, string | string[] | undefined>>;
const PATH = '/admin/tarif';

export default async function FaresPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t } = await getI18n();
  const f = t.admin.fares;
  const c = t.admin.common;
  const view = parseTableView(await searchParams, {
    sorts: FARE_SORTS,
    defaultSort: 'train',
    defaultDir: 'asc',
    filters: FARE_FILTERS,
  });
  const page = await faresPage(view);
  const classes = SEAT_CLASSES.map((s) => ({ value: s, label: s }));
  const labels = t.admin.table;
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{f.title}</h1>
      <FilterForm
        path={PATH}
        view={view}
        labels={labels}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField name="train" label={f.train} value={view.filters.train} />
        <FilterField
          name="cls"
          label={f.seatClass}
          value={view.filters.cls}
          options={[{ value: '', label: labels.all }, ...classes]}
        />
        <FilterField name="origin" label={f.origin} value={view.filters.origin} />
        <FilterField name="destination" label={f.destination} value={view.filters.destination} />
        <FilterField name="on" label={f.on} type="date" value={view.filters.on} />
      </FilterForm>
      <TableFrame caption={f.title}>
        <thead>
          <tr>
            <SortHeader path={PATH} view={view} column="train" label={f.train} labels={labels} />
            <th scope="col" className="px-2 py-2">
              {f.seatClass}
            </th>
            <SortHeader path={PATH} view={view} column="origin" label={f.origin} labels={labels} />
            <th scope="col" className="px-2 py-2">
              {f.destination}
            </th>
            <SortHeader
              path={PATH}
              view={view}
              column="price"
              label={f.price}
              labels={labels}
              align="right"
            />
            <SortHeader
              path={PATH}
              view={view}
              column="effectiveFrom"
              label={f.effectiveFrom}
              labels={labels}
            />
            <th scope="col" className="px-2 py-2">
              {f.effectiveTo}
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="px-2 py-1">
                {r.train} <span className="text-xs text-slate-600">{r.trainName}</span>
              </td>
              <td className="px-2 py-1">
                {r.seatClass} {r.subClass}
              </td>
              <td className="px-2 py-1">{r.origin}</td>
              <td className="px-2 py-1">{r.destination}</td>
              <td className="px-2 py-1 text-right">{formatRupiah(r.price)}</td>
              <td className="px-2 py-1">{r.effectiveFrom}</td>
              <td className="px-2 py-1">{r.effectiveTo ?? f.open}</td>
            </tr>
          ))}
          {page.rows.length === 0 && (
            <tr>
              <td colSpan={7} className="px-2 py-3">
                {labels.empty}
              </td>
            </tr>
          )}
        </tbody>
      </TableFrame>
      <Pagination path={PATH} view={view} page={page} labels={labels} />
      <section className="card grid gap-3" aria-labelledby="add-fare">
        <h2 id="add-fare" className="text-lg font-semibold">
          {f.add}
        </h2>
        <p className="text-sm text-slate-700">{f.addHint}</p>
        <ActionForm
          action={createFare}
          errors={t.admin.errors}
          columns={3}
          submit={{ label: c.add, busy: c.adding }}
          fields={[
            { name: 'trainNumber', label: f.train, required: true, inputMode: 'numeric' },
            { name: 'seatClass', label: f.seatClass, type: 'select', options: classes },
            { name: 'subClass', label: f.subClass, defaultValue: 'A', required: true },
            { name: 'origin', label: f.origin, required: true },
            { name: 'destination', label: f.destination, required: true },
            { name: 'price', label: f.price, required: true, inputMode: 'numeric' },
            {
              name: 'effectiveFrom',
              label: f.effectiveFrom,
              type: 'date',
              defaultValue: wibDate(now()),
              required: true,
            },
            { name: 'effectiveTo', label: f.effectiveTo, type: 'date', hint: f.effectiveToHint },
          ]}
        />
      </section>
    </>
  );
}
