'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { LOCALE_COOKIE } from '@/lib/i18n';

const LocaleSchema = z.enum(['id', 'en']);

/** Saves the reader's language for a year. Anyone may call it: it only sets their own cookie. */
export async function setLocale(form: FormData): Promise<void> {
  const parsed = LocaleSchema.safeParse(form.get('locale'));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: '/',
    maxAge: 365 * 24 * 3600,
    sameSite: 'lax',
    httpOnly: true,
  });
  revalidatePath('/', 'layout');
}
