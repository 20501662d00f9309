import type { WalletTier } from '@/db/schema';

/** Bank Indonesia limits per tier (PBI 20/6/2018, PADG 24/7/2022), integer rupiah. */
export const TIER_LIMITS: Record<WalletTier, { maxBalance: number; monthlyInLimit: number }> = {
  regular: { maxBalance: 2_000_000, monthlyInLimit: 20_000_000 },
  premium: { maxBalance: 20_000_000, monthlyInLimit: 40_000_000 },
};

/** Minutes payments stay locked after too many wrong PINs (GoPay's rule). */
export const PIN_LOCK_MS = 60 * 60_000;
