import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { AUDIT_FILTERS, AUDIT_SORTS, auditActions, auditPage } from '@/lib/admin/audit';
import {
  FilterField,
  FilterForm,
  Pagination,
  SortHeader,
  TableFrame,
} from '@/components/admin/data-table';
import { AuditChange } from '@/components/admin/audit-change';
import { formatWibStamp } from '@/lib/dates';

type Search = Promise<Record<string, string | string[] | undefined>>;
const PATH = '/admin/audit';
/** Who changed what, when, before and after: filterable, sortable, downloadable. */
export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t } = await getI18n();
  const a = t.admin.audit;
  const labels = t.admin.table;
  const view = parseTableView(await searchParams, {
    sorts: AUDIT_SORTS,
    defaultSort: 'createdAt',
    filters: AUDIT_FILTERS,
  });
  const page = await auditPage(view);
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{a.title}</h1>
      <FilterForm
        path={PATH}
        view={view}
        labels={labels}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField
          name="action"
          label={a.action}
          value={view.filters.action}
          options={[
            { value: '', label: labels.all },
            ...(await auditActions()).map((x) => ({ value: x, label: x })),
          ]}
        />
        <FilterField name="actor" label={a.actor} value={view.filters.actor} />
        <FilterField name="subject" label={a.subject} value={view.filters.subject} />
        <FilterField name="from" label={a.from} type="date" value={view.filters.from} />
        <FilterField name="to" label={a.to} type="date" value={view.filters.to} />
      </FilterForm>
      <TableFrame caption={a.title}>
        <thead>
          <tr>
            <SortHeader path={PATH} view={view} column="createdAt" label={a.when} labels={labels} />
            <SortHeader path={PATH} view={view} column="actor" label={a.actor} labels={labels} />
            <SortHeader path={PATH} view={view} column="action" label={a.action} labels={labels} />
            <th scope="col" className="px-2 py-2">
              {a.subject}
            </th>
            <th scope="col" className="px-2 py-2">
              {a.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="px-2 py-1 whitespace-nowrap">{formatWibStamp(r.createdAt)}</td>
              <td className="px-2 py-1">{r.actor ?? '–'}</td>
              <td className="px-2 py-1 font-mono text-xs">{r.action}</td>
              <td className="px-2 py-1 font-mono text-xs">
                {r.subject}
                {r.detail && <p className="font-sans text-slate-700">{r.detail}</p>}
              </td>
              <td className="px-2 py-1">
                <AuditChange before={r.before} after={r.after} labels={a} />
              </td>
            </tr>
          ))}
          {page.rows.length === 0 && (
            <tr>
              <td colSpan={5} className="px-2 py-3">
                {labels.empty}
              </td>
            </tr>
          )}
        </tbody>
      </TableFrame>
      <Pagination path={PATH} view={view} page={page} labels={labels} />
    </>
  );
}
