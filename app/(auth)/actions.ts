'use server';

import { redirect } from 'next/navigation';
import { CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth/next-auth';
import { registerPassenger } from '@/lib/auth/accounts';
import { LoginSchema, RegisterSchema } from '@/lib/auth/schemas';
import { echo, fieldErrorsOf, type FormState } from '@/lib/forms';
import { safeNext } from '@/lib/safe-next';

const REGISTER_ECHO = ['fullName', 'email', 'phone', 'nik', 'birthDate'];

/** Creates a passenger account and signs it in. */
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
  const result = await registerPassenger(parsed.data);
  if (!result.ok)
    return { status: 'error', message: 'generic', fieldErrors: result.fieldErrors, values };
  await signIn('credentials', {
    identifier: parsed.data.email,
    password: parsed.data.password,
    redirect: false,
  });
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
