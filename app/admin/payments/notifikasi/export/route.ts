import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import {
  NOTIFICATION_FILTERS,
  NOTIFICATION_SORTS,
  notificationsExport,
} from '@/lib/admin/payments';

export const dynamic = 'force-dynamic';

/** The notification log as CSV, raw bodies included (admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: NOTIFICATION_SORTS,
    defaultSort: 'receivedAt',
    filters: NOTIFICATION_FILTERS,
  });
  return csvResponse(
    'notifikasi-bank.csv',
    toCsv(
      ['id', 'received_at', 'transaction_id', 'status', 'result', 'signature', 'raw_body'],
      (await notificationsExport(view)).map((r) => [
        r.id,
        new Date(r.receivedAt).toISOString(),
        r.transactionId,
        r.status,
        r.result,
        r.signature,
        r.rawBody,
      ]),
    ),
  );
}
