import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { parseTableView, viewHref } from '@/lib/admin/table-params';
import { NOTIFICATION_FILTERS, NOTIFICATION_SORTS, notificationsPage } from '@/lib/admin/payments';
import { formatWibDateTime } from '@/lib/dates';
import { ActionForm } from '@/components/admin/action-form';
import { FilterField, FilterForm, Pagination } from '@/components/admin/data-table';
import { reapplyBankNotification } from '../actions';
import { PaymentTabs } from '../tabs';

type Search = Promise<Record<string, string | string[] | undefined>>;
const PATH = '/admin/payments/notifikasi';
const RESULTS = [
  'credited',
  'booking_paid',
  'refunded',
  'returned',
  'duplicate',
  'recorded',
  'flagged',
  'inconsistent',
];

/** The bank notification log: raw bodies, signature verdicts, what each did; re-apply one. */
export default async function NotificationLogPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t, locale } = await getI18n();
  const a = t.adminMoney.payments;
  const view = parseTableView(await searchParams, {
    sorts: NOTIFICATION_SORTS,
    defaultSort: 'receivedAt',
    filters: NOTIFICATION_FILTERS,
  });
  const page = await notificationsPage(view);
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{a.tabs.notifications}</h1>
      <PaymentTabs t={t} current={PATH} />
      <p className="text-sm text-slate-700">{a.notificationsLead}</p>
      <FilterForm
        path={PATH}
        view={view}
        labels={t.admin.table}
        exportHref={viewHref(`${PATH}/export`, view, { page: undefined })}
      >
        <FilterField name="q" label={a.transaction} value={view.filters.q} />
        <FilterField
          name="result"
          label={a.result}
          value={view.filters.result}
          options={[
            { value: '', label: t.admin.table.all },
            ...RESULTS.map((r) => ({ value: r, label: r })),
          ]}
        />
      </FilterForm>
      <ol className="grid gap-3" aria-label={a.tabs.notifications}>
        {page.rows.map((r) => (
          <li key={r.id} className="card grid gap-2 text-sm">
            <p className="flex flex-wrap gap-x-4 gap-y-1">
              <span>{formatWibDateTime(r.receivedAt, locale)}</span>
              <span>
                {a.bankStatus}: <strong>{r.status}</strong>
              </span>
              <span>
                {a.result}: <strong>{r.result}</strong>
              </span>
              <span className={r.signature === 'valid' ? 'text-green-800' : 'text-red-700'}>
                {a.signature}: {r.signature === 'valid' ? a.valid : a.invalid}
              </span>
            </p>
            <p className="font-mono text-xs break-all">
              {a.transaction}: {r.transactionId}
            </p>
            <details>
              <summary className="cursor-pointer">{a.raw}</summary>
              <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs">
                {r.rawBody}
              </pre>
            </details>
            <ActionForm
              action={reapplyBankNotification}
              errors={{ ...t.admin.errors, ...t.adminMoney.errors }}
              submit={{ label: a.reapply, busy: a.reapplying }}
              fields={[
                { name: 'notificationId', label: 'id', type: 'hidden', defaultValue: String(r.id) },
              ]}
            />
          </li>
        ))}
        {page.rows.length === 0 && <li className="card">{t.admin.table.empty}</li>}
      </ol>
      <Pagination path={PATH} view={view} page={page} labels={t.admin.table} />
    </>
  );
}
