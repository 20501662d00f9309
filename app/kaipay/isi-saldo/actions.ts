'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { walletSummary } from '@/lib/wallet/queries';
import { createRetailTopUpCode, retailBounds } from '@/lib/payments/accounts';
import { RETAIL_OUTLETS } from '@/lib/payments/banks';
import type { FormState } from '@/lib/forms';

const RetailSchema = z.object({
  outlet: z.enum(RETAIL_OUTLETS),
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, { error: 'amount_range' })
    .transform(Number),
});

/** Creates a retail payment code for an amount the passenger enters (Rp 10.000 - Rp 5.000.000, 24 hours). */
export async function createRetailCode(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser('/kaipay/isi-saldo');
  const parsed = RetailSchema.safeParse({
    outlet: form.get('outlet'),
    amount: String(form.get('amount') ?? '').replace(/\./g, ''),
  });
  const { min, max } = retailBounds();
  if (!parsed.success || parsed.data.amount < min || parsed.data.amount > max) {
    return {
      status: 'error',
      message: 'amount_range',
      fieldErrors: { amount: ['amount_range'] },
      values: { amount: String(form.get('amount') ?? '') },
    };
  }
  if (walletSummary(user.id)?.step !== 'active')
    return { status: 'error', message: 'wallet_inactive' };
  const code = await createRetailTopUpCode(user.id, parsed.data.outlet, parsed.data.amount);
  redirect(`/kaipay/isi-saldo?method=retail&bank=${parsed.data.outlet}&code=${code.code}`);
}
