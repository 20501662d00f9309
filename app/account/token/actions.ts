'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { createApiToken, revokeApiToken } from '@/lib/kaipay/api-tokens';

/** Creates a token for the caller; the token is shown once in the success message and never stored. */
export const createToken = userAction(
  z.object({
    name: z.string().trim().min(1, { error: 'token_name' }).max(40, { error: 'token_name' }),
  }),
  async ({ name }, { user }) => {
    const result = await createApiToken(user.id, name);
    if (!result.ok) return { status: 'error', message: result.code };
    revalidatePath('/account/token');
    return { status: 'success', message: result.token };
  },
  { returnTo: '/account/token', invalidMessage: 'generic' },
);

/** Revokes one of the caller's own tokens (the query is scoped to the caller). */
export const revokeToken = userAction(
  z.object({ id: z.coerce.number().int().positive() }),
  async ({ id }, { user }) => {
    await revokeApiToken(user.id, id);
    revalidatePath('/account/token');
  },
  { returnTo: '/account/token' },
);
