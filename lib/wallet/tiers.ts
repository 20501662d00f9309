import 'server-only';
import { getDb } from '@/db';
import type { WalletTier } from '@/db/schema';
import { numberSetting } from '@/lib/settings';
import type { Tx } from '@/lib/transaction';

export type TierLimits = { maxBalance: number; monthlyInLimit: number };

/**
 * A tier's limits as the settings say now (defaults: Bank Indonesia's Rp 2.000.000 / 20.000.000
 * Regular, Rp 20.000.000 / 40.000.000 Premium). Read from the database on every call, in the
 * caller's transaction when given one (activation and the Premium review copy the values in force).
 */
export async function tierLimits(
  tier: WalletTier,
  db: Pick<Tx, 'select'> = getDb(),
): Promise<TierLimits> {
  return {
    maxBalance: await numberSetting(`tier_${tier}_max_balance`, db),
    monthlyInLimit: await numberSetting(`tier_${tier}_monthly_in`, db),
  };
}

/** Minutes payments stay locked after too many wrong PINs (GoPay's rule). */
export const PIN_LOCK_MS = 60 * 60_000;
