import 'server-only';
import { and, asc, gt, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { feePromos, type PaymentBank } from '@/db/schema';
import { now } from '@/lib/clock';
import { numberSetting } from '@/lib/settings';

export type FeeQuote = { fee: number; promo: string | null };

/**
 * The admin fee a top-up through `bank` costs at `at`: Rp 0 (or the promo's fee) while a promo runs
 * (the oldest, should two overlap), else the bank's fee. Read inside the caller's transaction, if any.
 */
export async function topUpFee(bank: PaymentBank, at = now()): Promise<FeeQuote> {
  const [promo] = await getDb()
    .select({ name: feePromos.name, fee: feePromos.fee })
    .from(feePromos)
    .where(and(lte(feePromos.startsAt, at), gt(feePromos.endsAt, at)))
    .orderBy(asc(feePromos.id))
    .limit(1);
  if (promo) return { fee: promo.fee, promo: promo.name };
  return { fee: await numberSetting(`topup_fee_${bank}`), promo: null };
}
