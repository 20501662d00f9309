'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { userAction } from '@/lib/actions/callers';
import { createHold } from '@/lib/booking/hold';
import { clientIp } from '@/lib/request';
import { HoldSchema, holdFieldErrors, holdFormToObject } from '@/lib/booking/hold-schema';

/** Everything but seats is echoed back, so a refused form keeps what was typed. */
function echoed(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter(
      ([k, v]) => typeof v === 'string' && !k.startsWith('$') && !k.endsWith('_seat'),
    ) as [string, string][],
  );
}

/** Holds the chosen seats for the passengers; the price is computed by the server. */
export const holdBooking = userAction(
  HoldSchema,
  async (input, { user }) => {
    const result = createHold(user.id, input, { ip: clientIp(await headers()) });
    if (!result.ok) {
      // Fresh seat maps for the retry: someone else may have taken the seat meanwhile.
      revalidatePath('/booking/new');
      return { status: 'error', message: result.code };
    }
    redirect(`/booking/${result.bookingCode}`);
  },
  {
    input: holdFormToObject,
    fieldErrors: holdFieldErrors,
    invalidMessage: 'checkForm',
    echo: echoed,
  },
);
