'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { fieldErrorsOf, type FormState } from '@/lib/forms';
import { createApiToken, revokeApiToken } from '@/lib/kaipay/api-tokens';

const NameSchema = z.object({
  name: z.string().trim().min(1, { error: 'token_name' }).max(40, { error: 'token_name' }),
});
const IdSchema = z.object({ id: z.coerce.number().int().positive() });

/** Creates a token for the caller; the token is shown once in the success message and never stored. */
export async function createToken(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser('/kaipay/token');
  const parsed = NameSchema.safeParse({ name: form.get('name') ?? '' });
  if (!parsed.success)
    return { status: 'error', message: 'generic', fieldErrors: fieldErrorsOf(parsed.error) };
  const result = createApiToken(user.id, parsed.data.name);
  if (!result.ok) return { status: 'error', message: result.code };
  revalidatePath('/kaipay/token');
  return { status: 'success', message: result.token };
}

/** Revokes one of the caller's own tokens. */
export async function revokeToken(form: FormData): Promise<void> {
  const user = await requireUser('/kaipay/token');
  const parsed = IdSchema.safeParse({ id: form.get('id') });
  if (parsed.success) revokeApiToken(user.id, parsed.data.id);
  revalidatePath('/kaipay/token');
}
