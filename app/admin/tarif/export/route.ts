import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import { FARE_FILTERS, FARE_SORTS, faresExport } from '@/lib/admin/fares';

export const dynamic = 'force-dynamic';

/** The fares table as CSV, with the same filters and sort as the page (admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: FARE_SORTS,
    defaultSort: 'train',
    defaultDir: 'asc',
    filters: FARE_FILTERS,
  });
  return csvResponse(
    'tarif.csv',
    toCsv(
      [
        'train',
        'class',
        'sub_class',
        'origin',
        'destination',
        'price',
        'effective_from',
        'effective_to',
      ],
      (await faresExport(view)).map((r) => [
        r.train,
        r.seatClass,
        r.subClass,
        r.origin,
        r.destination,
        r.price,
        r.effectiveFrom,
        r.effectiveTo,
      ]),
    ),
  );
}
