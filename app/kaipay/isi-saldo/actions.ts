'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { createRetailTopUpCode, createTopUpVa } from '@/lib/payments/accounts';
import { CHANNELS, RETAIL_OUTLETS, VA_BANKS } from '@/lib/payments/banks';
import { RupiahSchema } from '@/lib/money';

const PAGE = '/kaipay/isi-saldo';
const page = (query: Record<string, string>) => `${PAGE}?${new URLSearchParams(query)}`;

/** Choosing a bank makes (once) the passenger's open VA there, then shows it with its steps. */
export const chooseTopUpBank = userAction(
  z.object({ method: z.enum(CHANNELS).exclude(['retail']), bank: z.enum(VA_BANKS) }),
  async ({ method, bank }, { user }) => {
    const result = await createTopUpVa(user.id, bank);
    redirect(page(result.ok ? { method, bank } : { method, bank, error: result.code }));
  },
  { returnTo: PAGE },
);

/** Creates a retail payment code for an amount the passenger enters (Rp 10.000 - Rp 5.000.000, 24 hours). */
export const createRetailCode = userAction(
  z.object({
    outlet: z.enum(RETAIL_OUTLETS),
    amount: RupiahSchema,
  }),
  async ({ outlet, amount }, { user }) => {
    const result = await createRetailTopUpCode(user.id, outlet, amount);
    if (!result.ok)
      return result.code === 'amount_range'
        ? { status: 'error', message: 'amount_range', fieldErrors: { amount: ['amount_range'] } }
        : { status: 'error', message: result.code };
    redirect(page({ method: 'retail', bank: outlet, code: result.paymentCode }));
  },
  { returnTo: PAGE, echo: ['amount'] },
);
