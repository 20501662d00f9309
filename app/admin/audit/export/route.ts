import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import { AUDIT_FILTERS, AUDIT_SORTS, auditExport } from '@/lib/admin/audit';

export const dynamic = 'force-dynamic';

/** The audit log as CSV, with the same filters and sort as the page (admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: AUDIT_SORTS,
    defaultSort: 'createdAt',
    filters: AUDIT_FILTERS,
  });
  return csvResponse(
    'audit.csv',
    toCsv(
      ['id', 'created_at', 'actor', 'action', 'subject', 'detail', 'before', 'after'],
      (await auditExport(view)).map((r) => [
        r.id,
        new Date(r.createdAt).toISOString(),
        r.actor,
        r.action,
        r.subject,
        r.detail,
        r.before,
        r.after,
      ]),
    ),
  );
}
