import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { readSessionToken } from './session-token';
import { sessionStateOf, type SessionUser } from './accounts';

/**
 * The signed-in user whose session is still valid (not revoked), or null. Only the user id and the
 * session version come from the token; the role and name are read from the database in the same
 * query, so demoting an admin takes effect on their next request. Memoised per request (React
 * `cache`): the header and the page ask once between them.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // Most page views are anonymous: without Auth.js's session cookie there is nothing to decrypt
  // and no database read to make (readSessionToken answers null at once).
  const session = await readSessionToken();
  if (!session) return null;
  const state = await sessionStateOf(session.userId);
  // A logout-everywhere or password change bumped the version: this token is no longer honoured.
  if (!state || state.sessionVersion !== session.sessionVersion) return null;
  return { id: session.userId, ...state };
});

/** For pages and actions: the user, or a redirect to the login page that returns to `next`. */
export async function requireUser(next = '/'): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(next)}`);
  return user;
}

/** For admin pages, actions and route handlers: anyone who is not an admin gets a 404. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user || user.role !== 'admin') notFound();
  return user;
}

/**
 * For the ticket check and the gates' revocation list: admins and gate staff (`petugas`). The role
 * is read from the database on every call; anyone else gets a 404, as under /admin.
 */
export async function requireStaff(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user || (user.role !== 'admin' && user.role !== 'petugas')) notFound();
  return user;
}
