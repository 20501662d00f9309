'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { adminAction } from '@/lib/actions/callers';
import { refusedState } from '@/lib/forms';
import { getI18n } from '@/lib/i18n';
import { createStation, deleteStation, StationSchema, updateStation } from '@/lib/admin/stations';

export const addStation = adminAction(
  StationSchema,
  async (input, { admin }) => {
    const result = await createStation(admin.id, input);
    if (!result.ok) return refusedState(result.code, 'code');
    revalidatePath('/admin/stasiun');
    const { t } = await getI18n();
    return { status: 'success', message: t.admin.stations.created };
  },
  { echo: ['code', 'name', 'city'] },
);

export const editStation = adminAction(
  StationSchema,
  async (input, { admin }) => {
    const result = await updateStation(admin.id, input);
    if (!result.ok) return refusedState(result.code);
    revalidatePath('/admin/stasiun');
    const { t } = await getI18n();
    return { status: 'success', message: t.admin.stations.updated };
  },
  { echo: ['name', 'city'] },
);

export const removeStation = adminAction(
  z.object({ code: StationSchema.shape.code }),
  async ({ code }, { admin }) => {
    const result = await deleteStation(admin.id, code);
    if (!result.ok) return refusedState(result.code);
    revalidatePath('/admin/stasiun');
    redirect('/admin/stasiun');
  },
);
