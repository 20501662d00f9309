import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import { TRAIN_FILTERS, TRAIN_SORTS, trainsExport } from '@/lib/admin/trains';

export const dynamic = 'force-dynamic';

/** The trains table as CSV, with the same filters and sort as the page (admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: TRAIN_SORTS,
    defaultSort: 'number',
    defaultDir: 'asc',
    filters: TRAIN_FILTERS,
  });
  return csvResponse(
    'kereta.csv',
    toCsv(
      ['number', 'name', 'route', 'coaches', 'active'],
      (await trainsExport(view)).map((r) => [
        r.number,
        r.name,
        r.route,
        r.coaches,
        r.active ? 1 : 0,
      ]),
    ),
  );
}
