import 'server-only';
import { and, desc, eq, gt, lt, sql, type SQLWrapper } from 'drizzle-orm';
import { getDb } from '@/db';
import { feePromos, PAYMENT_BANKS, wallets, type PaymentBank, type WalletTier } from '@/db/schema';
import { now } from '@/lib/clock';
import { addDays, wibInstant } from '@/lib/dates';
import { DEFAULT_MIN_CLIENT_VERSION, parseClientVersion } from '@/lib/kaipay/client-version';
import { numberSetting, setSetting, textSetting, type SettingKey } from '@/lib/settings';
import { refuser, transact, type Tx } from '@/lib/transaction';
import { recordAudit } from './audit';
import type { PromoInput, SettingsInput } from './settings-schema';

/** The key lib/kaipay/api.ts reads the minimum app version from (kept equal to its constant). */
const MIN_CLIENT_VERSION_KEY = 'kaipay_min_client_version';

/**
 * The values the settings form shows (and the audit records before/after). Read through getDb(),
 * so inside `updateSettings` it reads within that transaction.
 */
export async function currentSettings(): Promise<SettingsInput> {
  const fees: Partial<Record<`fee_${PaymentBank}`, number>> = {};
  for (const b of PAYMENT_BANKS) fees[`fee_${b}`] = await numberSetting(`topup_fee_${b}`);
  const version = await textSetting(MIN_CLIENT_VERSION_KEY);
  return {
    holdMinutes: await numberSetting('hold_minutes'),
    minClientVersion: version && parseClientVersion(version) ? version : DEFAULT_MIN_CLIENT_VERSION,
    regularMaxBalance: await numberSetting('tier_regular_max_balance'),
    regularMonthlyIn: await numberSetting('tier_regular_monthly_in'),
    premiumMaxBalance: await numberSetting('tier_premium_max_balance'),
    premiumMonthlyIn: await numberSetting('tier_premium_monthly_in'),
    ...(fees as Record<`fee_${PaymentBank}`, number>),
  };
}

const KEYS: Record<Exclude<keyof SettingsInput, 'minClientVersion'>, SettingKey> = {
  holdMinutes: 'hold_minutes',
  regularMaxBalance: 'tier_regular_max_balance',
  regularMonthlyIn: 'tier_regular_monthly_in',
  premiumMaxBalance: 'tier_premium_max_balance',
  premiumMonthlyIn: 'tier_premium_monthly_in',
  ...(Object.fromEntries(PAYMENT_BANKS.map((b) => [`fee_${b}`, `topup_fee_${b}`])) as Record<
    `fee_${PaymentBank}`,
    SettingKey
  >),
};

/**
 * Tier limits are copied onto each wallet row (so CHECK constraints can hold them); a new limit is
 * copied onto every wallet of the tier in the same transaction. A wallet already above a lowered
 * limit keeps its money: its limit becomes its balance (nothing more may come in) instead of the
 * update failing or money vanishing.
 */
async function applyTierLimits(
  tx: Tx,
  tier: WalletTier,
  maxBalance: number,
  monthlyIn: number,
): Promise<void> {
  await tx
    .update(wallets)
    .set({
      maxBalance: greater(maxBalance, wallets.balance),
      monthlyInLimit: greater(monthlyIn, wallets.monthIn),
    })
    .where(eq(wallets.tier, tier));
}

/** The greater of a value and a column (SQLite's two-argument max() does not exist on PostgreSQL). */
const greater = (value: number, column: SQLWrapper) =>
  sql`case when cast(${value} as bigint) > ${column} then cast(${value} as bigint) else ${column} end`;

export type SettingsResult = { ok: true; changed: string[] };

/**
 * Saves the settings form in one transaction with its audit record (before/after of the changed
 * values only). Every reader asks the database each time, so the next request anywhere sees them.
 */
export async function updateSettings(
  actorUserId: number,
  input: SettingsInput,
): Promise<SettingsResult> {
  return transact(async (tx) => {
    const before = await currentSettings();
    const changed = (Object.keys(input) as (keyof SettingsInput)[]).filter(
      (k) => input[k] !== before[k],
    );
    if (changed.length === 0) return { ok: true, changed };
    for (const k of changed) {
      if (k === 'minClientVersion') await setSetting(MIN_CLIENT_VERSION_KEY, input[k], tx);
      else await setSetting(KEYS[k], input[k], tx);
    }
    if (changed.some((k) => k.startsWith('regular')))
      await applyTierLimits(tx, 'regular', input.regularMaxBalance, input.regularMonthlyIn);
    if (changed.some((k) => k.startsWith('premium')))
      await applyTierLimits(tx, 'premium', input.premiumMaxBalance, input.premiumMonthlyIn);
    const pick = (s: SettingsInput) => Object.fromEntries(changed.map((k) => [k, s[k]]));
    await recordAudit(tx, {
      actorUserId,
      action: 'settings.update',
      subject: 'settings',
      before: pick(before),
      after: pick(input),
    });
    return { ok: true, changed };
  });
}

export type PromoRow = { id: number; name: string; startsAt: number; endsAt: number; fee: number };

/** Promo windows that have not ended yet, latest first, and the last few that have. */
export function promoWindows(limit = 20): Promise<PromoRow[]> {
  return getDb()
    .select({
      id: feePromos.id,
      name: feePromos.name,
      startsAt: feePromos.startsAt,
      endsAt: feePromos.endsAt,
      fee: feePromos.fee,
    })
    .from(feePromos)
    .orderBy(desc(feePromos.endsAt), desc(feePromos.id))
    .limit(limit);
}

export type PromoRefusal = 'promo_overlap' | 'promo_not_found' | 'promo_ended' | 'promo_in_past';
const refusePromo = refuser<PromoRefusal>();

/**
 * Adds a promo window from the start of `startsOn` (or now, if that is past) to the end of `endsOn`
 * (WIB). Windows may not
 * overlap: the fee a top-up pays must not depend on which of two promos the query finds first.
 */
export async function addPromo(
  actorUserId: number,
  input: PromoInput,
): Promise<{ ok: true; id: number } | { ok: false; code: PromoRefusal }> {
  return transact(async (tx) => {
    // A window cannot reach into the past: top-ups already made were charged what they were.
    const at = now();
    const startsAt = Math.max(wibInstant(input.startsOn, 0, 0), at);
    const endsAt = wibInstant(addDays(input.endsOn, 1), 0, 0);
    if (endsAt <= at) return refusePromo('promo_in_past');
    const [clash] = await tx
      .select({ id: feePromos.id })
      .from(feePromos)
      .where(and(lt(feePromos.startsAt, endsAt), gt(feePromos.endsAt, startsAt)))
      .limit(1);
    if (clash) return refusePromo('promo_overlap');
    const row = { name: input.name, startsAt, endsAt, fee: input.fee };
    const [added] = await tx
      .insert(feePromos)
      .values({ ...row, createdAt: at })
      .returning({ id: feePromos.id });
    const id = added!.id;
    await recordAudit(tx, { actorUserId, action: 'promo.add', subject: `promo:${id}`, after: row });
    return { ok: true, id };
  });
}

/** Ends a running or future promo window now (the bank fees apply again from the next top-up). */
export async function endPromo(
  actorUserId: number,
  id: number,
): Promise<{ ok: true } | { ok: false; code: PromoRefusal }> {
  return transact(async (tx) => {
    const at = now();
    const [promo] = await tx.select().from(feePromos).where(eq(feePromos.id, id)).limit(1);
    if (!promo) return refusePromo('promo_not_found');
    if (promo.endsAt <= at) return refusePromo('promo_ended');
    const endsAt = Math.max(at, promo.startsAt);
    await tx.update(feePromos).set({ endsAt }).where(eq(feePromos.id, id));
    await recordAudit(tx, {
      actorUserId,
      action: 'promo.end',
      subject: `promo:${id}`,
      before: { endsAt: promo.endsAt },
      after: { endsAt },
    });
    return { ok: true };
  });
}
