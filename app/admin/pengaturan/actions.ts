'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { adminAction } from '@/lib/actions/callers';
import { getI18n } from '@/lib/i18n';
import { PAYMENT_BANKS } from '@/db/sqlite/schema/payments';
import { addPromo, endPromo, updateSettings } from '@/lib/admin/settings';
import { PromoSchema, SettingsSchema } from '@/lib/admin/settings-schema';

const SETTING_FIELDS = [
  'holdMinutes',
  'minClientVersion',
  'regularMaxBalance',
  'regularMonthlyIn',
  'premiumMaxBalance',
  'premiumMonthlyIn',
  ...PAYMENT_BANKS.map((b) => `fee_${b}` as const),
] as const;

/** Saves the settings; they change what passengers are charged and allowed, so reauth. */
export const saveSettings = adminAction(
  SettingsSchema,
  async (input, { admin }) => {
    const result = await updateSettings(admin.id, input);
    revalidatePath('/admin/pengaturan');
    const { t } = await getI18n();
    return { status: 'success', message: t.admin.settings.saved(result.changed.length) };
  },
  { reauth: true, echo: SETTING_FIELDS },
);

export const createPromo = adminAction(
  PromoSchema,
  async (input, { admin }) => {
    const result = await addPromo(admin.id, input);
    if (!result.ok)
      return { status: 'error', message: 'generic', fieldErrors: { startsOn: [result.code] } };
    revalidatePath('/admin/pengaturan');
    const { t } = await getI18n();
    return { status: 'success', message: t.admin.settings.promoAdded };
  },
  { reauth: true, echo: ['name', 'startsOn', 'endsOn', 'fee'] },
);

export const stopPromo = adminAction(
  z.object({ promoId: z.coerce.number().int().positive() }),
  async ({ promoId }, { admin }) => {
    const result = await endPromo(admin.id, promoId);
    if (!result.ok) return { status: 'error', message: result.code };
    revalidatePath('/admin/pengaturan');
    const { t } = await getI18n();
    return { status: 'success', message: t.admin.settings.promoEndedMsg };
  },
  { reauth: true },
);
