'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { BookingCodeSchema } from '@/lib/booking/codes';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { refusalCode } from '@/lib/kaipay/refusal';
import { PinSchema } from '@/lib/wallet/pin-rules';

/** Pays the caller's booking with KAIPay; the amount is re-read by the server, never taken from the form. */
export const payBookingWithKaipay = userAction(
  z.object({ code: BookingCodeSchema, pin: PinSchema }),
  async ({ code, pin }, { user }) => {
    const result = await payWithKaipay(user.id, code, pin);
    if (!result.ok) return { status: 'error', message: refusalCode(result) };
    revalidatePath('/tickets');
    redirect(`/tickets/${code}?paid=1`);
  },
  { returnTo: (form) => `/checkout/${encodeURIComponent(String(form.get('code') ?? ''))}` },
);
