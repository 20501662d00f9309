import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
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
export function numberSetting(key: SettingKey, db: Reader = getDb()): number {
  const row = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key))
    .get();
  const value = row ? Number(row.value) : NaN;
  return Number.isFinite(value) ? value : SETTING_DEFAULTS[key];
}

/** A text setting (the minimum client version), or null when none is stored. */
export function textSetting(key: string, db: Reader = getDb()): string | null {
  return (
    db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value ??
    null
  );
}

/** Stores a setting (the admin settings page, inside its transaction, and tests). */
export function setSetting(
  key: SettingKey | (string & {}),
  value: string | number,
  db: Pick<Tx, 'insert'> = getDb(),
): void {
  db.insert(settings)
    .values({ key, value: String(value), updatedAt: now() })
    .onConflictDoUpdate({ target: settings.key, set: { value: String(value), updatedAt: now() } })
    .run();
}
