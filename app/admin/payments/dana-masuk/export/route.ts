import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { parseTableView } from '@/lib/admin/table-params';
import { MONEY_IN_FILTERS, MONEY_IN_SORTS, moneyInExport } from '@/lib/admin/payments';

export const dynamic = 'force-dynamic';

/** Money in (bank payments) as CSV with the page's filters (admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const view = parseTableView(Object.fromEntries(new URL(request.url).searchParams), {
    sorts: MONEY_IN_SORTS,
    defaultSort: 'createdAt',
    filters: MONEY_IN_FILTERS,
  });
  return csvResponse(
    'dana-masuk.csv',
    toCsv(
      [
        'id',
        'created_at',
        'bank',
        'kind',
        'number',
        'purpose',
        'email',
        'transaction_id',
        'order_id',
        'amount',
        'fee',
        'status',
        'outcome',
      ],
      (await moneyInExport(view)).map((r) => [
        r.id,
        new Date(r.createdAt).toISOString(),
        r.bank,
        r.kind,
        r.number,
        r.purpose,
        r.email,
        r.transactionId,
        r.orderId,
        r.amount,
        r.fee,
        r.status,
        r.outcome,
      ]),
    ),
  );
}
