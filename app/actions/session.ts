'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signOut } from '@/lib/auth/next-auth';
import { revokeSessions } from '@/lib/auth/accounts';
import { publicAction, userAction } from '@/lib/actions/callers';

/** Ends this browser's session (anyone may end their own; without one it just goes to login). */
export const logout = publicAction(z.object({}), async () => {
  await signOut({ redirect: false });
  redirect('/login?loggedOut=1');
});

/** Ends every session of the signed-in user, on every device. */
export const logoutEverywhere = userAction(
  z.object({}),
  async (_input, { user }) => {
    await revokeSessions(user.id);
    await signOut({ redirect: false });
    redirect('/login?loggedOut=1');
  },
  { returnTo: '/account' },
);
