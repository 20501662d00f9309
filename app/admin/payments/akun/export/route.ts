import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import { ACCOUNT_FILTERS, ACCOUNT_SORTS, accountsExport } from '@/lib/admin/payments';

export const dynamic = 'force-dynamic';

/** VAs and retail codes as CSV with the page's filters (admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: ACCOUNT_SORTS,
    defaultSort: 'createdAt',
    filters: ACCOUNT_FILTERS,
  });
  return csvResponse(
    'va-kode-ritel.csv',
    toCsv(
      ['id', 'created_at', 'kind', 'bank', 'number', 'purpose', 'amount', 'expires_at', 'email'],
      (await accountsExport(view)).map((r) => [
        r.id,
        new Date(r.createdAt).toISOString(),
        r.kind,
        r.bank,
        r.number,
        r.purpose,
        r.amount ?? '',
        r.expiresAt ? new Date(r.expiresAt).toISOString() : '',
        r.email,
      ]),
    ),
  );
}
