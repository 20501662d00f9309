'use server';

import { redirect } from 'next/navigation';
import { CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/callers';
import { signIn } from '@/lib/auth/next-auth';
import { startRegistration } from '@/lib/auth/registration';
import {
  REGISTRATION_COOKIE,
  clearRegistrationCookie,
  readCookie,
  setRegistrationCookie,
} from '@/lib/auth/cookies';
import { ConfirmCodeSchema, LoginSchema, RegisterSchema } from '@/lib/auth/schemas';
import { safeNext } from '@/lib/safe-next';

/** A sign-in refused by Auth.js as the form state the login forms show. */
function signInRefusal(error: unknown, known: readonly string[], fallback: string) {
  if (!(error instanceof CredentialsSignin)) throw error;
  const message = known.includes(error.code) ? error.code : fallback;
  return { status: 'error', message } as const;
}

/**
 * Starts a registration: the same answer (go and enter the code sent to your phone) whether or not
 * the email or phone already has an account.
 */
export const register = publicAction(
  RegisterSchema,
  async (input, { ip }) => {
    const result = await startRegistration(input, ip);
    if (!result.ok) return { status: 'error', message: result.code };
    await setRegistrationCookie(result.token);
    redirect('/register/confirm');
  },
  { invalidMessage: 'generic', echo: ['fullName', 'email', 'phone', 'nik', 'birthDate'] },
);

/** Confirms the registration with the code from the phone; the new account is then signed in. */
export const confirmRegistration = publicAction(
  ConfirmCodeSchema,
  async ({ code }) => {
    const token = await readCookie(REGISTRATION_COOKIE);
    if (!token) return { status: 'error', message: 'code_expired' };
    try {
      await signIn('registration', { token, code, redirect: false });
    } catch (error) {
      return signInRefusal(error, ['code_wrong', 'code_expired', 'account_exists'], 'code_wrong');
    }
    await clearRegistrationCookie();
    redirect('/');
  },
  { invalidMessage: 'generic' },
);

/** Signs in with email or phone; the message never tells whether the account exists. */
export const login = publicAction(
  LoginSchema.extend({ next: z.string().max(500).optional() }),
  async ({ next, ...credentials }) => {
    try {
      await signIn('credentials', { ...credentials, redirect: false });
    } catch (error) {
      return signInRefusal(error, ['rate_limited'], 'login_invalid');
    }
    redirect(safeNext(next ?? '/'));
  },
  { invalidMessage: 'generic', echo: ['identifier'] },
);
