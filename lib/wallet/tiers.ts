import 'server-only';
import type { WalletTier } from '@/db/schema';
import { numberSetting } from '@/lib/settings';

export type TierLimits = { maxBalance: number; monthlyInLimit: number };

/**
 * A tier's limits as the settings say now (defaults: Bank Indonesia's Rp 2.000.000 / 20.000.000
 * Regular, Rp 20.000.000 / 40.000.000 Premium). Read from the database on every call.
 */
export function tierLimits(tier: WalletTier): TierLimits {
  return {
    maxBalance: numberSetting(`tier_${tier}_max_balance`),
    monthlyInLimit: numberSetting(`tier_${tier}_monthly_in`),
  };
}

/**
 * The same limits under the old constant's name: each property read goes to the settings, so
 * `...TIER_LIMITS.regular` in activation and the Premium review copies the values in force now.
 */
export const TIER_LIMITS: Readonly<Record<WalletTier, TierLimits>> = {
  get regular() {
    return tierLimits('regular');
  },
  get premium() {
    return tierLimits('premium');
  },
};

/** Minutes payments stay locked after too many wrong PINs (GoPay's rule). */
export const PIN_LOCK_MS = 60 * 60_000;
