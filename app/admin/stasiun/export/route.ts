import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import { STATION_FILTERS, STATION_SORTS, stationsExport } from '@/lib/admin/stations';

export const dynamic = 'force-dynamic';

/** The stations table as CSV, with the same filters and sort as the page (admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: STATION_SORTS,
    defaultSort: 'code',
    defaultDir: 'asc',
    filters: STATION_FILTERS,
  });
  const rows = await stationsExport(view);
  return csvResponse(
    'stasiun.csv',
    toCsv(
      ['code', 'name', 'city', 'trains'],
      rows.map((r) => [r.code, r.name, r.city, r.trains]),
    ),
  );
}
