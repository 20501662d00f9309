'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { PAYMENT_BANKS } from '@/db/schema/payments';
import { CHANNELS } from '@/lib/payments/banks';
import { sandboxEnabled } from '@/lib/notify/inbox';
import { payAtBank } from '@/lib/sandbox-bank/pay';
import { PAYER_COOKIE, withPayment } from '@/lib/sandbox-bank/payer';
import type { FormState } from '@/lib/forms';

const PaySchema = z.object({
  channel: z.enum(CHANNELS),
  bank: z.enum(PAYMENT_BANKS),
  number: z
    .string()
    .trim()
    .regex(/^\d{8,23}$/, { error: 'number_invalid' }),
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,11}$/, { error: 'amount_invalid' })
    .transform(Number)
    .refine((n) => n > 0, { error: 'amount_invalid' }),
});

/**
 * A bank customer pays. The sandbox bank is the outside world, so anyone may use it (as anyone may
 * walk up to an ATM); it exists only while the sandbox is on.
 */
export async function payAsCustomer(_prev: FormState, form: FormData): Promise<FormState> {
  if (!sandboxEnabled()) return { status: 'error', message: 'unknown_number' };
  // A hand-made call may pass anything (no form, or the form first): refuse, never a 500.
  if (!(form instanceof FormData)) return { status: 'error', message: 'generic' };
  const values = Object.fromEntries(
    ['channel', 'bank', 'number', 'amount'].map((k) => [k, String(form.get(k) ?? '')]),
  );
  const parsed = PaySchema.safeParse({ ...values, amount: values.amount!.replace(/\./g, '') });
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      parsed.error.issues.map((i) => [String(i.path[0]), [i.message]]),
    );
    return { status: 'error', message: 'generic', fieldErrors, values };
  }
  const result = payAtBank(parsed.data);
  if (!result.ok) return { status: 'error', message: result.code, values };
  // The delivery log shows this payer's own payments only (lib/sandbox-bank/payer.ts).
  const jar = await cookies();
  jar.set(PAYER_COOKIE, withPayment(jar.get(PAYER_COOKIE)?.value, result.transactionId), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/sandbox/bank',
    maxAge: 7 * 86_400,
  });
  revalidatePath('/sandbox/bank');
  return { status: 'success', message: result.transactionId };
}
