'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth/next-auth';
import { startRegistration } from '@/lib/auth/registration';
import {
  REGISTRATION_COOKIE,
  clearRegistrationCookie,
  readCookie,
  setRegistrationCookie,
} from '@/lib/auth/cookies';
import { ConfirmCodeSchema, LoginSchema, RegisterSchema } from '@/lib/auth/schemas';
import { echo, fieldErrorsOf, type FormState } from '@/lib/forms';
import { clientIp } from '@/lib/request';
import { safeNext } from '@/lib/safe-next';

const REGISTER_ECHO = ['fullName', 'email', 'phone', 'nik', 'birthDate'];

/**
 * Starts a registration: the same answer (go and enter the code sent to your phone) whether or not
 * the email or phone already has an account.
 */
export async function register(_prev: FormState, form: FormData): Promise<FormState> {
  const values = echo(form, REGISTER_ECHO);
  const parsed = RegisterSchema.safeParse({
    ...values,
    password: String(form.get('password') ?? ''),
  });
  if (!parsed.success)
    return {
      status: 'error',
      message: 'generic',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  const result = await startRegistration(parsed.data, clientIp(await headers()));
  if (!result.ok) return { status: 'error', message: result.code, values };
  await setRegistrationCookie(result.token);
  redirect('/register/confirm');
}

/** Confirms the registration with the code from the phone; the new account is then signed in. */
export async function confirmRegistration(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ConfirmCodeSchema.safeParse({ code: form.get('code') ?? '' });
  if (!parsed.success)
    return { status: 'error', message: 'generic', fieldErrors: fieldErrorsOf(parsed.error) };
  const token = await readCookie(REGISTRATION_COOKIE);
  if (!token) return { status: 'error', message: 'code_expired' };
  try {
    await signIn('registration', { token, code: parsed.data.code, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { status: 'error', message: error.code };
    throw error;
  }
  await clearRegistrationCookie();
  redirect('/');
}

/** Signs in with email or phone; the message never tells whether the account exists. */
export async function login(_prev: FormState, form: FormData): Promise<FormState> {
  const values = echo(form, ['identifier']);
  const parsed = LoginSchema.safeParse({
    identifier: form.get('identifier') ?? '',
    password: form.get('password') ?? '',
  });
  if (!parsed.success)
    return {
      status: 'error',
      message: 'generic',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return {
        status: 'error',
        message: error.code === 'rate_limited' ? 'rate_limited' : 'login_invalid',
        values,
      };
    }
    throw error;
  }
  redirect(safeNext(String(form.get('next') ?? '/')));
}
