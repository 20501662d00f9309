import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import { BOOKING_FILTERS, BOOKING_SORTS, bookingsExport } from '@/lib/admin/bookings';

export const dynamic = 'force-dynamic';

/** The bookings table as CSV with the page's filters and sort (admins only; no ID numbers). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: BOOKING_SORTS,
    defaultSort: 'createdAt',
    filters: BOOKING_FILTERS,
  });
  const rows = await bookingsExport(view);
  return csvResponse(
    'pemesanan.csv',
    toCsv(
      [
        'code',
        'status',
        'train',
        'route',
        'departs_at',
        'holder',
        'email',
        'phone',
        'passengers',
        'total',
        'created_at',
      ],
      rows.map((r) => [
        r.code,
        r.status,
        r.train,
        r.route,
        new Date(r.departsAt).toISOString(),
        r.holder,
        r.email,
        r.phone,
        r.passengers,
        r.total,
        new Date(r.createdAt).toISOString(),
      ]),
    ),
  );
}
