'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { adminAction } from '@/lib/actions/callers';
import { decideKyc } from '@/lib/kaipay/kyc-review';

const DecisionSchema = z.object({
  requestId: z.coerce.number().int().positive(),
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(300).optional(),
});

/** Approves or rejects one Premium request (a rejection needs a reason the passenger will read). */
export const decidePremium = adminAction(DecisionSchema, async (input, { admin }) => {
  const reason = input.reason ?? '';
  if (input.decision === 'reject' && reason.length < 3)
    redirect('/admin/kaipay?error=reason_required');
  const result = await decideKyc(
    admin.id,
    input.decision === 'approve'
      ? { requestId: input.requestId, approve: true }
      : { requestId: input.requestId, approve: false, reason },
  );
  revalidatePath('/admin/kaipay');
  redirect(result.ok ? '/admin/kaipay?decided=1' : `/admin/kaipay?error=${result.code}`);
});
