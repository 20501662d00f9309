'use server';

import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth/next-auth';
import { currentUser } from '@/lib/auth/session';
import { revokeSessions } from '@/lib/auth/accounts';

/** Ends this browser's session. */
export async function logout(): Promise<void> {
  await signOut({ redirect: false });
  redirect('/login?loggedOut=1');
}

/** Ends every session of the signed-in user, on every device. */
export async function logoutEverywhere(): Promise<void> {
  const user = await currentUser();
  if (user) revokeSessions(user.id);
  await signOut({ redirect: false });
  redirect('/login?loggedOut=1');
}
