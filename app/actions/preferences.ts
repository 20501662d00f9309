'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/callers';
import { LOCALE_COOKIE } from '@/lib/i18n';

/** Saves the reader's language for a year. Anyone may call it: it only sets their own cookie. */
export const setLocale = publicAction(z.object({ locale: z.enum(['id', 'en']) }), async (input) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, {
    path: '/',
    maxAge: 365 * 24 * 3600,
    sameSite: 'lax',
    httpOnly: true,
  });
  revalidatePath('/', 'layout');
});
