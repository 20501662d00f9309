import { kaipayApi } from '@/lib/kaipay/api';
import { parseHistoryFilter, walletHistory } from '@/lib/wallet/queries';

export const dynamic = 'force-dynamic';

/** The caller's own history: ?filter=semua|topup|pembayaran|refund&page=N, newest first. */
export function GET(request: Request) {
  const url = new URL(request.url);
  const filter = parseHistoryFilter(url.searchParams.get('filter'));
  const page = Math.max(1, Math.floor(Number(url.searchParams.get('page')) || 1));
  return kaipayApi(request, async (userId) => {
    const h = await walletHistory(userId, filter, page);
    return {
      filter,
      page: h.page,
      pages: h.pages,
      total: h.total,
      entries: h.rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })),
    };
  });
}
