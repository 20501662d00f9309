'use server';

import { z } from 'zod';
import { staffAction } from '@/lib/actions/callers';
import { verifyTicketPayload } from '@/lib/tickets/verify';

const VerifySchema = z.object({ payload: z.string().trim().min(1).max(4000) });

/**
 * Checks a pasted QR payload (signature, then whether the ticket still stands). Gate staff and
 * admins only. The outcome travels as the success message (JSON of what the ticket itself shows,
 * nothing more), so the form keeps the one form state of every action.
 */
export const checkTicket = staffAction(
  VerifySchema,
  async (input) => ({
    status: 'success',
    message: JSON.stringify(await verifyTicketPayload(input.payload)),
  }),
  { invalidMessage: JSON.stringify({ valid: false, reason: 'bad_signature' }) },
);
