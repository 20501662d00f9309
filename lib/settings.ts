import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { settings } from '@/db/schema';
import { now } from './clock';

/** Settings an admin may change, with their defaults (DOMAIN.md marks these as settings). */
export const SETTING_DEFAULTS = {
  /** Minutes an unpaid booking holds its seats (KAI: 1 hour since 2017). */
  hold_minutes: 60,
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
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;

/** A numeric setting from the settings table, or its default. */
export function numberSetting(key: SettingKey): number {
  const row = getDb()
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key))
    .get();
  const value = row ? Number(row.value) : NaN;
  return Number.isFinite(value) ? value : SETTING_DEFAULTS[key];
}

/** Stores a setting (admin pages and tests). */
export function setSetting(key: SettingKey, value: string | number): void {
  getDb()
    .insert(settings)
    .values({ key, value: String(value), updatedAt: now() })
    .onConflictDoUpdate({ target: settings.key, set: { value: String(value), updatedAt: now() } })
    .run();
}
