import 'server-only';
import type { z } from 'zod';
import { IDLE, type FormState } from '@/lib/forms';
import { requireAdmin, requireStaff, requireUser } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/accounts';
import { clientIp } from '@/lib/request';
import { headers } from 'next/headers';
import { defineAction, type ActionBody, type ActionOptions, type FormAction } from './define';
import { confirmPassword } from '@/lib/auth/reauth';

type UserOptions<S extends z.ZodObject> = ActionOptions<S> & {
  /** Where a signed-out caller is sent back to after logging in (checked again by the login). */
  returnTo?: string | ((form: FormData) => string);
};

/** An action for a signed-in passenger (or anyone signed in); the session is checked first. */
export function userAction<S extends z.ZodObject>(
  schema: S,
  body: ActionBody<S, { user: SessionUser; form: FormData }>,
  options: UserOptions<S> = {},
): FormAction {
  return defineAction(
    schema,
    async (form) => {
      const returnTo =
        typeof options.returnTo === 'function' ? options.returnTo(form) : options.returnTo;
      return { user: await requireUser(returnTo ?? '/'), form };
    },
    body,
    options,
  );
}

type AdminOptions<S extends z.ZodObject> = ActionOptions<S> & {
  /**
   * Refunds, freezes, role changes and settings ask for the admin's password again (field
   * `adminPassword`), so a session left open on a shared screen cannot move money.
   */
  reauth?: boolean;
};

/**
 * An action for admins: anyone else gets the same 404 as the pages. The role is read from the
 * database on every call (through the session check), never trusted from the token.
 */
export function adminAction<S extends z.ZodObject>(
  schema: S,
  body: ActionBody<S, { admin: SessionUser; form: FormData }>,
  options: AdminOptions<S> = {},
): FormAction {
  const run = defineAction(
    schema,
    async (form) => ({ admin: await requireAdmin(), form }),
    body,
    options,
  );
  if (!options.reauth) return run;
  return (async (previous: FormState | FormData, maybeForm?: FormData): Promise<FormState> => {
    const form = previous instanceof FormData ? previous : maybeForm;
    if (!(form instanceof FormData)) return { status: 'error', message: 'generic' };
    const admin = await requireAdmin();
    const password = form.get('adminPassword');
    const confirmed = await confirmPassword(admin.id, typeof password === 'string' ? password : '');
    if (!confirmed.ok)
      return {
        status: 'error',
        message: confirmed.code,
        fieldErrors: { adminPassword: [confirmed.code] },
      };
    return run(IDLE, form);
  }) as FormAction;
}

/**
 * An action for gate staff (`petugas`) and admins: the ticket check. Anyone else gets the same 404
 * as the page; the role is read from the database on every call.
 */
export function staffAction<S extends z.ZodObject>(
  schema: S,
  body: ActionBody<S, { staff: SessionUser; form: FormData }>,
  options: ActionOptions<S> = {},
): FormAction {
  return defineAction(
    schema,
    async (form) => ({ staff: await requireStaff(), form }),
    body,
    options,
  );
}

/** An action anyone may call (login, register); the caller's address is given for rate limits. */
export function publicAction<S extends z.ZodObject>(
  schema: S,
  body: ActionBody<S, { ip: string; form: FormData }>,
  options: ActionOptions<S> = {},
): FormAction {
  return defineAction(
    schema,
    async (form) => ({ ip: clientIp(await headers()), form }),
    body,
    options,
  );
}
