'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { openBoardingPass } from '@/lib/tickets/queries';

const CodeSchema = z.string().regex(/^[A-Z0-9]{7}$/);

/** Opens the e-boarding pass (from 2 h before departure); after this the booking cannot be cancelled. */
export async function openBoardingPassAction(form: FormData): Promise<void> {
  const raw = String(form.get('code') ?? '');
  const user = await requireUser(`/tickets/${encodeURIComponent(raw)}`);
  const code = CodeSchema.safeParse(raw);
  if (!code.success) redirect('/tickets');
  const result = openBoardingPass(user.id, code.data);
  redirect(
    result.ok ? `/tickets/${code.data}/boarding` : `/tickets/${code.data}?error=${result.code}`,
  );
}
