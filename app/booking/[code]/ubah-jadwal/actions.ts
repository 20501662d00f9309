'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { rescheduleBooking } from '@/lib/booking/reschedule';
import { refusalCode } from '@/lib/kaipay/refusal';
import type { FormState } from '@/lib/forms';

const RescheduleSchema = z.object({
  code: z.string().regex(/^[A-Z0-9]{7}$/, { error: 'not_found' }),
  tripId: z.coerce.number().int().positive({ error: 'trip_unavailable' }),
  subClass: z.string().regex(/^[A-Z]$/, { error: 'trip_unavailable' }),
  pin: z.string().regex(/^\d{6}$/, { error: 'pin_format' }),
});

/** Ubah Jadwal with the KAIPay PIN; fee and difference are computed by the server. */
export async function rescheduleAction(
  choice: { code: string; tripId: number; subClass: string },
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const user = await requireUser(`/booking/${encodeURIComponent(choice.code)}`);
  const parsed = RescheduleSchema.safeParse({ ...choice, pin: form.get('pin') ?? '' });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]!.message };
  const { code, tripId, subClass, pin } = parsed.data;
  const result = await rescheduleBooking(user.id, code, { tripId, subClass }, pin);
  if (!result.ok) return { status: 'error', message: refusalCode(result) };
  revalidatePath('/tickets');
  redirect(`/booking/${code}?rescheduled=1`);
}
