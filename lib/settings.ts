import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { settings } from '@/db/schema';
import type { Tx } from '@/lib/transaction';
import { now } from './clock';

/**
 * Settings an admin may change, with their defaults (DOMAIN.md marks these as settings). Every read
 * goes to the database (never a copy in process memory), so a change takes effect for the next
 * request in every server process without a restart.
 */
export const SETTING_DEFAULTS = {
  /** Minutes an unpaid booking holds its seats (KAI: 1 hour since 2017). */
  hold_minutes: 60,
  /**
   * Minutes a hold with an issued closed VA or retail code keeps its seats after the deadline, so a
   * bank payment made in time but notified late still gets its tickets (issue 12.10).
   */
  payment_grace_minutes: 10,
  /** Bookings a passenger may make per WIB day. */
  daily_booking_limit: 6,
  /** Top-up admin fees per bank outside a promo window (Rp), and the smallest top-up. */
  topup_fee_BCA: 1_000,
  topup_fee_BNI: 1_000,
  topup_fee_BRI: 1_000,
  topup_fee_MANDIRI: 1_000,
  topup_fee_PERMATA: 1_000,
  topup_fee_CIMB: 1_000,
  topup_fee_INDOMARET: 2_500,
  topup_fee_ALFAMART: 2_500,
  topup_min: 10_000,
  retail_max: 5_000_000,
  /** KAIPay limits per tier (Bank Indonesia, PBI 20/6/2018 and PADG 24/7/2022), integer rupiah. */
  tier_regular_max_balance: 2_000_000,
  tier_regular_monthly_in: 20_000_000,
  tier_premium_max_balance: 20_000_000,
  tier_premium_monthly_in: 40_000_000,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;

type Reader = Pick<Tx, 'select'>;

/** A numeric setting from the settings table, or its default. */
export async function numberSetting(key: SettingKey, db: Reader = getDb()): Promise<number> {
  const value = Number((await textSetting(key, db)) ?? NaN);
  return Number.isFinite(value) ? value : SETTING_DEFAULTS[key];
}

/** A text setting (the minimum client version), or null when none is stored. */
export async function textSetting(key: string, db: Reader = getDb()): Promise<string | null> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key))
    .limit(1);
  return row?.value ?? null;
}

/**
 * Stores a setting: in the caller's transaction when one is given (the admin settings page),
 * otherwise in a transaction of its own (tests, the bench).
 */
export async function setSetting(
  key: SettingKey | (string & {}),
  value: string | number,
  db?: Pick<Tx, 'insert'>,
): Promise<void> {
  const write = async (target: Pick<Tx, 'insert'>) => {
    const t = now();
    await target
      .insert(settings)
      .values({ key, value: String(value), updatedAt: t })
      .onConflictDoUpdate({ target: settings.key, set: { value: String(value), updatedAt: t } });
  };
  if (db) await write(db);
  else await inTransaction(write);
}
