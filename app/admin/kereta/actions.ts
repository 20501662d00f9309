'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminAction } from '@/lib/actions/callers';
import type { FormState } from '@/lib/forms';
import { getI18n } from '@/lib/i18n';
import { CoachesFormSchema } from '@/lib/admin/train-coaches';
import { StopsFormSchema } from '@/lib/admin/train-stops';
import {
  createTrain,
  saveCoaches,
  saveStops,
  TrainSchema,
  TrainUpdateSchema,
  updateTrain,
} from '@/lib/admin/trains';

/** A refusal of a textarea form, naming the line (the form shows "Baris 3: …"). */
function refusedAt(field: string, code: string, line: number | undefined, text: string): FormState {
  return {
    status: 'error',
    message: code,
    fieldErrors: { [field]: [code] },
    values: { [field]: text, line: String(line ?? 0) },
  };
}

export const addTrain = adminAction(
  TrainSchema,
  async (input, { admin }) => {
    const result = await createTrain(admin.id, input);
    if (!result.ok)
      return { status: 'error', message: 'generic', fieldErrors: { number: [result.code] } };
    revalidatePath('/admin/kereta');
    redirect(`/admin/kereta/${result.id}?created=1`);
  },
  { echo: ['number', 'name'] },
);

export const editTrain = adminAction(
  TrainUpdateSchema,
  async (input, { admin }) => {
    const result = await updateTrain(admin.id, input);
    if (!result.ok) return { status: 'error', message: result.code };
    revalidatePath('/admin/kereta');
    const { t } = await getI18n();
    return { status: 'success', message: t.admin.trains.updated };
  },
  { echo: ['name', 'active'] },
);

export const editStops = adminAction(StopsFormSchema, async (input, { admin }) => {
  const result = await saveStops(admin.id, input.trainId, input.stops);
  if (!result.ok) return refusedAt('stops', result.code, result.line, input.stops);
  revalidatePath(`/admin/kereta/${input.trainId}`);
  const { t } = await getI18n();
  return { status: 'success', message: t.admin.trains.updated };
});

export const editCoaches = adminAction(CoachesFormSchema, async (input, { admin }) => {
  const result = await saveCoaches(admin.id, input.trainId, input.coaches);
  if (!result.ok) return refusedAt('coaches', result.code, result.line, input.coaches);
  revalidatePath(`/admin/kereta/${input.trainId}`);
  const { t } = await getI18n();
  return { status: 'success', message: t.admin.trains.updated };
});
