'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { cancelBooking } from '@/lib/booking/cancel';

const CancelSchema = z.object({
  code: z.string().regex(/^[A-Z0-9]{7}$/),
  confirm: z.literal('yes'),
});

/** Cancels the caller's paid booking; the fee and refund are computed by the server. */
export async function cancelBookingAction(form: FormData): Promise<void> {
  const code = String(form.get('code') ?? '');
  const user = await requireUser(`/booking/${encodeURIComponent(code)}`);
  const parsed = CancelSchema.safeParse({ code, confirm: form.get('confirm') });
  if (!parsed.success) redirect(`/booking/${encodeURIComponent(code)}?error=generic`);
  const result = await cancelBooking(user.id, parsed.data.code);
  revalidatePath('/tickets');
  redirect(
    result.ok
      ? `/booking/${parsed.data.code}?cancelled=${result.to}`
      : `/booking/${parsed.data.code}?error=${result.code}`,
  );
}
