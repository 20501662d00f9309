'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { BookingCodeSchema } from '@/lib/booking/codes';
import { rescheduleBooking } from '@/lib/booking/reschedule';
import { refusalCode } from '@/lib/kaipay/refusal';
import { PinSchema } from '@/lib/wallet/pin-rules';

const RescheduleSchema = z.object({
  code: BookingCodeSchema,
  tripId: z.coerce.number().int().positive({ error: 'trip_unavailable' }),
  subClass: z.string().regex(/^[A-Z]$/, { error: 'trip_unavailable' }),
  pin: PinSchema,
});

/** Ubah Jadwal with the KAIPay PIN; fee and difference are computed by the server. */
export const rescheduleMyBooking = userAction(
  RescheduleSchema,
  async ({ code, tripId, subClass, pin }, { user }) => {
    const result = await rescheduleBooking(user.id, code, { tripId, subClass }, pin);
    if (!result.ok) return { status: 'error', message: refusalCode(result) };
    revalidatePath('/tickets');
    redirect(`/booking/${code}?rescheduled=1`);
  },
  { returnTo: (form) => `/booking/${encodeURIComponent(String(form.get('code') ?? ''))}` },
);
