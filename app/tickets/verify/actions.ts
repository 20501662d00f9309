'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { verifyTicketPayload, type VerifyOutcome } from '@/lib/tickets/verify';

export type VerifyState = { status: 'idle' } | { status: 'done'; outcome: VerifyOutcome };

const PayloadSchema = z.string().trim().min(1).max(4000);

/** Checks a pasted QR payload (signature, then whether the ticket still stands). */
export async function verifyTicketAction(_prev: VerifyState, form: FormData): Promise<VerifyState> {
  await requireUser('/tickets/verify');
  const parsed = PayloadSchema.safeParse(form.get('payload') ?? '');
  if (!parsed.success)
    return { status: 'done', outcome: { valid: false, reason: 'bad_signature' } };
  return { status: 'done', outcome: verifyTicketPayload(parsed.data) };
}
