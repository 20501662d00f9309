'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { PAYMENT_BANKS } from '@/db/sqlite/schema/payments';
import { CHANNELS } from '@/lib/payments/banks';
import { sandboxEnabled } from '@/lib/notify/inbox';
import { payAtBank } from '@/lib/sandbox-bank/pay';
import { PAYER_COOKIE, withPayment } from '@/lib/sandbox-bank/payer';
import { publicAction } from '@/lib/actions/callers';

const PaySchema = z.object({
  channel: z.enum(CHANNELS),
  bank: z.enum(PAYMENT_BANKS),
  number: z
    .string()
    .trim()
    .regex(/^\d{8,23}$/, { error: 'number_invalid' }),
  // People type "1.500.000": the thousands dots go before the digits are checked.
  amount: z
    .string()
    .transform((v) => v.trim().replace(/\./g, ''))
    .pipe(
      z
        .string()
        .regex(/^\d{1,11}$/, { error: 'amount_invalid' })
        .transform(Number)
        .refine((n) => n > 0, { error: 'amount_invalid' }),
    ),
});

/**
 * A bank customer pays. The sandbox bank is the outside world, so anyone may use it (as anyone may
 * walk up to an ATM); it exists only while the sandbox is on.
 */
export const payAsCustomer = publicAction(
  PaySchema,
  async (input) => {
    if (!sandboxEnabled()) return { status: 'error', message: 'unknown_number' };
    const result = await payAtBank(input);
    if (!result.ok) return { status: 'error', message: result.code };
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
  },
  { invalidMessage: 'generic', echo: ['channel', 'bank', 'number', 'amount'] },
);
