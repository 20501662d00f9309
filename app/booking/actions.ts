'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { userAction } from '@/lib/actions/callers';
import { createHold } from '@/lib/booking/hold';
import { clientIp } from '@/lib/request';
import { HoldSchema, holdFieldErrors, holdFormToObject } from '@/lib/booking/hold-schema';

/**
 * Everything but seats is echoed back, so a refused form keeps what was typed: the booking form's
 * own fields only (at most a few dozen), each cut to what a field can hold.
 */
function echoed(form: FormData): Record<string, string> {
  const fields = [...form.entries()].filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' &&
      /^(adult|infant)_\d_[a-zA-Z]+$|^[a-zA-Z]+$/.test(entry[0]) &&
      !entry[0].endsWith('_seat'),
  );
  return Object.fromEntries(fields.slice(0, 60).map(([k, v]) => [k, v.slice(0, 200)]));
}

/** Holds the chosen seats for the passengers; the price is computed by the server. */
export const holdBooking = userAction(
  HoldSchema,
  async (input, { user }) => {
    const result = await createHold(user.id, input, { ip: clientIp(await headers()) });
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
