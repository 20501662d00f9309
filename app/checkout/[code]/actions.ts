'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { refusalCode } from '@/lib/kaipay/refusal';
import type { FormState } from '@/lib/forms';

const PaySchema = z.object({
  code: z.string().regex(/^[A-Z0-9]{7}$/, { error: 'not_found' }),
  pin: z.string().regex(/^\d{6}$/, { error: 'pin_format' }),
});

/** Pays the caller's booking with KAIPay; the amount is re-read by the server, never taken from the form. */
export async function payBookingWithKaipay(
  code: string,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const user = await requireUser(`/checkout/${encodeURIComponent(code)}`);
  const parsed = PaySchema.safeParse({ code, pin: form.get('pin') ?? '' });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]!.message };
  const result = await payWithKaipay(user.id, parsed.data.code, parsed.data.pin);
  if (!result.ok) return { status: 'error', message: refusalCode(result) };
  revalidatePath('/tickets');
  redirect(`/tickets/${parsed.data.code}?paid=1`);
}
