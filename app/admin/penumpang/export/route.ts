import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import { PASSENGER_FILTERS, PASSENGER_SORTS, passengersExport } from '@/lib/admin/passengers';

export const dynamic = 'force-dynamic';

/** The passengers table as CSV (NIK and phone masked as on screen; admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: PASSENGER_SORTS,
    defaultSort: 'createdAt',
    filters: PASSENGER_FILTERS,
  });
  return csvResponse(
    'penumpang.csv',
    toCsv(
      ['id', 'name', 'email', 'phone', 'nik', 'role', 'wallet', 'tier', 'balance', 'frozen'],
      (await passengersExport(view)).map((r) => [
        r.id,
        r.name,
        r.email,
        r.phone,
        r.nik,
        r.role,
        r.walletStep ?? '',
        r.tier ?? '',
        r.balance ?? '',
        r.frozen ? 'yes' : 'no',
      ]),
    ),
  );
}
