'use server';

import { redirect } from 'next/navigation';
import { userAction } from '@/lib/actions/callers';
import { changePassword } from '@/lib/auth/accounts';
import { signOut } from '@/lib/auth/next-auth';
import { ChangePasswordSchema } from '@/lib/auth/schemas';
import { refusedState } from '@/lib/forms';

/** Changes the caller's password; every session (this one too) ends, so they log in again. */
export const updatePassword = userAction(
  ChangePasswordSchema,
  async ({ currentPassword, newPassword }, { user }) => {
    const result = await changePassword(user.id, currentPassword, newPassword);
    if (!result.ok) return refusedState(result.code, result.field);
    await signOut({ redirect: false });
    redirect('/login?changed=1');
  },
  { returnTo: '/account', invalidMessage: 'generic' },
);
