'use server';

import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { changePassword } from '@/lib/auth/accounts';
import { signOut } from '@/lib/auth/next-auth';
import { ChangePasswordSchema } from '@/lib/auth/schemas';
import { fieldErrorsOf, type FormState } from '@/lib/forms';

/** Changes the caller's password; every session (this one too) ends, so they log in again. */
export async function updatePassword(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser('/account');
  const parsed = ChangePasswordSchema.safeParse({
    currentPassword: form.get('currentPassword') ?? '',
    newPassword: form.get('newPassword') ?? '',
  });
  if (!parsed.success)
    return { status: 'error', message: 'generic', fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await changePassword(
    user.id,
    parsed.data.currentPassword,
    parsed.data.newPassword,
  );
  if (!result.ok)
    return {
      status: 'error',
      message: result.code,
      fieldErrors: { [result.field]: [result.code] },
    };
  await signOut({ redirect: false });
  redirect('/login?changed=1');
}
