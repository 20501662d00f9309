import 'server-only';
import { cookies } from 'next/headers';
import { id, type Messages } from './id';
import { en } from './en';
import { lookup } from './lookup';

export type Locale = 'id' | 'en';
export const LOCALE_COOKIE = 'locale';
const DICTIONARIES: Record<Locale, Messages> = { id, en };

/** The reader's language (from the cookie the switch sets; Indonesian by default) and its words. */
export async function getI18n(): Promise<{ locale: Locale; t: Messages }> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: Locale = value === 'en' ? 'en' : 'id';
  return { locale, t: DICTIONARIES[locale] };
}

/** An error code from lib or zod as a sentence; unknown codes fall back to a generic one. */
export function errorText(t: Messages, code: string | undefined): string {
  if (!code) return t.errors.generic;
  return lookup(t.errors as Record<string, string>, code) ?? t.errors.generic;
}

export type { Messages };
