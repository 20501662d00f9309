'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/callers';
import { getI18n } from '@/lib/i18n';
import { addFare, FareSchema } from '@/lib/admin/fares';

const FIELD: Record<string, string> = {
  train_not_found: 'trainNumber',
  fare_not_on_route: 'destination',
  class_not_on_train: 'subClass',
  fare_in_past: 'effectiveFrom',
  fare_overlap: 'effectiveFrom',
};

export const createFare = adminAction(
  FareSchema,
  async (input, { admin }) => {
    const result = await addFare(admin.id, input);
    if (!result.ok)
      return {
        status: 'error',
        message: 'generic',
        fieldErrors: { [FIELD[result.code] ?? 'trainNumber']: [result.code] },
      };
    revalidatePath('/admin/tarif');
    const { t } = await getI18n();
    return { status: 'success', message: t.admin.fares.added };
  },
  {
    echo: [
      'trainNumber',
      'seatClass',
      'subClass',
      'origin',
      'destination',
      'price',
      'effectiveFrom',
      'effectiveTo',
    ],
  },
);
