import { kaipayApi } from '@/lib/kaipay/api';
import { walletSummary } from '@/lib/wallet/queries';

export const dynamic = 'force-dynamic';

/** The caller's own KAIPay status: not_active, activating, or active with tier and lock. */
export function GET(request: Request) {
  return kaipayApi(request, async (userId) => {
    const w = await walletSummary(userId);
    if (!w) return { status: 'not_active' };
    if (w.step !== 'active') return { status: 'activating', step: w.step };
    return {
      status: 'active',
      tier: w.tier,
      paymentsLockedUntil: w.lockedUntil,
      premiumReview: w.kyc?.status ?? null,
    };
  });
}
