'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { cancelBooking } from '@/lib/booking/cancel';
import { BookingCodeSchema } from '@/lib/booking/codes';

/** Cancels the caller's paid booking; the fee and refund are computed by the server. */
export const cancelMyBooking = userAction(
  z.object({ code: BookingCodeSchema, confirm: z.literal('yes') }),
  async ({ code }, { user }) => {
    const result = await cancelBooking(user.id, code);
    revalidatePath('/tickets');
    redirect(
      result.ok
        ? `/booking/${code}?cancelled=${result.to}`
        : `/booking/${code}?error=${result.code}`,
    );
  },
  { returnTo: (form) => `/booking/${encodeURIComponent(String(form.get('code') ?? ''))}` },
);
