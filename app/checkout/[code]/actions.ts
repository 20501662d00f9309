'use server';

import { redirect } from 'next/navigation';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { BookingCodeSchema } from '@/lib/booking/codes';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { refusalCode } from '@/lib/kaipay/refusal';
import { PinSchema } from '@/lib/wallet/pin-rules';
import { createBookingPaymentCode } from '@/lib/payments/booking-payment';
import { RETAIL_OUTLETS, VA_BANKS } from '@/lib/payments/banks';

const returnTo = (form: FormData) =>
  `/checkout/${encodeURIComponent(String(form.get('code') ?? ''))}`;

/**
 * Pays the caller's booking with KAIPay; the amount is re-read by the server, never taken from the
 * form. Paid, the checkout page itself becomes the receipt: `refresh()` renders it again inside
 * this answer (and empties the browser's back/forward cache of pages that showed the hold). A
 * redirect to the e-tickets would make Next fetch and render that whole page over HTTP inside the
 * answer, which cost three quarters of a payment.
 */
export const payBookingWithKaipay = userAction(
  z.object({ code: BookingCodeSchema, pin: PinSchema }),
  async ({ code, pin }, { user }) => {
    const result = await payWithKaipay(user.id, code, pin);
    if (!result.ok) return { status: 'error', message: refusalCode(result) };
    refresh();
    return { status: 'success', message: 'paid' };
  },
  { returnTo },
);

/**
 * Choosing a bank or an outlet at checkout: creates (or finds) the booking's closed VA or retail
 * code, then shows it on the checkout page, which only reads. A plain form post, so it works
 * before JavaScript loads; a refusal comes back in the URL because no client state holds it.
 */
export const chooseBookingPaymentMethod = userAction(
  z.object({ code: BookingCodeSchema, method: z.enum([...VA_BANKS, ...RETAIL_OUTLETS]) }),
  async ({ code, method }, { user }) => {
    const result = await createBookingPaymentCode(user.id, code, method);
    const query = new URLSearchParams({ method, ...(result.ok ? {} : { error: result.code }) });
    redirect(`/checkout/${code}?${query}#pay-panel`);
  },
  { returnTo },
);
