import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { KNOWN_DEVICE_TTL_MS } from './known-devices';
import { REGISTRATION_LIMITS } from './registration';

/** The known-device cookie: a random token whose SHA-256 is stored per user (see known-devices.ts). */
export const DEVICE_COOKIE = 'kai_device';
/** The registering browser's handle on its pending registration (the code goes to the phone). */
export const REGISTRATION_COOKIE = 'kai_registration';

const base = () => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  path: '/',
  secure: env().APP_URL.startsWith('https:'),
});

/** Reads one of our cookies from the current request. */
export async function readCookie(name: string): Promise<string | undefined> {
  return (await cookies()).get(name)?.value;
}

/** Marks this browser as a known device of the user that just signed in. */
export async function setDeviceCookie(token: string): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, token, {
    ...base(),
    maxAge: Math.floor(KNOWN_DEVICE_TTL_MS / 1000),
  });
}

/** Points this browser at the registration it just started. */
export async function setRegistrationCookie(token: string): Promise<void> {
  (await cookies()).set(REGISTRATION_COOKIE, token, {
    ...base(),
    maxAge: Math.floor(REGISTRATION_LIMITS.codeTtlMs / 1000),
  });
}

export async function clearRegistrationCookie(): Promise<void> {
  (await cookies()).delete(REGISTRATION_COOKIE);
}
