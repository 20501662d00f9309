'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/session';
import { createHold } from '@/lib/booking/hold';
import { HoldSchema, holdFieldErrors, holdFormToObject } from '@/lib/booking/hold-schema';
import type { FormState } from '@/lib/forms';

/** Everything but seats is echoed back, so a refused form keeps what was typed. */
function echoed(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter(
      ([k, v]) => typeof v === 'string' && !k.startsWith('$') && !k.endsWith('_seat'),
    ) as [string, string][],
  );
}

/** Holds the chosen seats for the passengers; the price is computed by the server. */
export async function holdBooking(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser('/');
  const parsed = HoldSchema.safeParse(holdFormToObject(form));
  if (!parsed.success)
    return {
      status: 'error',
      message: 'checkForm',
      fieldErrors: holdFieldErrors(parsed.error),
      values: echoed(form),
    };
  const result = createHold(user.id, parsed.data);
  if (!result.ok) {
    // Fresh seat maps for the retry: someone else may have taken the seat meanwhile.
    revalidatePath('/booking/new');
    return { status: 'error', message: result.code, values: echoed(form) };
  }
  redirect(`/booking/${result.code}`);
}
