import { kaipayApi } from '@/lib/kaipay/api';
import { walletSummary } from '@/lib/wallet/queries';

export const dynamic = 'force-dynamic';

/** The caller's own balance and limits, integer rupiah. */
export function GET(request: Request) {
  return kaipayApi(request, async (userId) => {
    const w = await walletSummary(userId);
    if (w?.step !== 'active') return { status: 'not_active' };
    return {
      status: 'active',
      currency: 'IDR',
      balance: w.balance,
      tier: w.tier,
      maxBalance: w.maxBalance,
      incomingThisMonth: w.monthIn,
      monthlyIncomingLimit: w.monthlyInLimit,
    };
  });
}
