import { requireAdmin } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/admin/csv';
import { reconciliationDifferencesOn } from '@/lib/admin/reconciliation';
import { isIsoDate } from '@/lib/dates';

export const dynamic = 'force-dynamic';

/** A day's bank-versus-ledger differences (its last run) as CSV (admins only). */
export async function GET(request: Request) {
  await requireAdmin();
  const day = new URL(request.url).searchParams.get('day') ?? '';
  if (!isIsoDate(day)) return Response.json({ error: 'invalid_day' }, { status: 400 });
  const { rows } = await reconciliationDifferencesOn(day);
  const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
  return csvResponse(
    `rekonsiliasi-${day}.csv`,
    toCsv(
      [
        'kind',
        'bank',
        'order_id',
        'transaction_id',
        'bank_amount',
        'app_amount',
        'bank_at',
        'app_at',
      ],
      rows.map((r) => [
        r.kind,
        r.bank,
        r.orderId,
        r.transactionId,
        r.bankAmount ?? '',
        r.appAmount ?? '',
        iso(r.bankAt),
        iso(r.appAt),
      ]),
    ),
  );
}
