import { z } from 'zod';
import { PAYMENT_BANKS } from '@/db/sqlite/schema/payments';
import { parseClientVersion } from '@/lib/kaipay/client-version';

const rupiah = (max: number) =>
  z.coerce
    .number({ error: 'number_invalid' })
    .int({ error: 'number_invalid' })
    .min(0, { error: 'number_invalid' })
    .max(max, { error: 'number_too_large' });

const feeFields = Object.fromEntries(PAYMENT_BANKS.map((b) => [`fee_${b}`, rupiah(50_000)])) as {
  [K in (typeof PAYMENT_BANKS)[number] as `fee_${K}`]: ReturnType<typeof rupiah>;
};

/** The settings form: every value an admin may change, checked before anything is written. */
export const SettingsSchema = z
  .object({
    holdMinutes: z.coerce
      .number({ error: 'hold_minutes_range' })
      .int({ error: 'hold_minutes_range' })
      .min(10, { error: 'hold_minutes_range' })
      .max(24 * 60, { error: 'hold_minutes_range' }),
    minClientVersion: z
      .string()
      .trim()
      .max(40)
      .refine((v) => parseClientVersion(v) !== null, { error: 'client_version_invalid' }),
    regularMaxBalance: rupiah(1_000_000_000).refine((v) => v >= 100_000, {
      error: 'limit_too_small',
    }),
    regularMonthlyIn: rupiah(1_000_000_000),
    premiumMaxBalance: rupiah(1_000_000_000),
    premiumMonthlyIn: rupiah(1_000_000_000),
    ...feeFields,
  })
  // A month must let at least one full balance in, and Premium is never below Regular.
  .refine((s) => s.regularMonthlyIn >= s.regularMaxBalance, {
    error: 'monthly_below_balance',
    path: ['regularMonthlyIn'],
  })
  .refine((s) => s.premiumMonthlyIn >= s.premiumMaxBalance, {
    error: 'monthly_below_balance',
    path: ['premiumMonthlyIn'],
  })
  .refine((s) => s.premiumMaxBalance >= s.regularMaxBalance, {
    error: 'premium_below_regular',
    path: ['premiumMaxBalance'],
  });
export type SettingsInput = z.output<typeof SettingsSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_invalid' });

/** A new admin-fee promo window (WIB dates, both inclusive). */
export const PromoSchema = z
  .object({
    name: z.string().trim().min(3, { error: 'name_short' }).max(80, { error: 'name_long' }),
    startsOn: isoDate,
    endsOn: isoDate,
    fee: rupiah(50_000),
  })
  .refine((p) => p.endsOn >= p.startsOn, { error: 'date_order', path: ['endsOn'] });
export type PromoInput = z.output<typeof PromoSchema>;
