'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireAdmin } from '@/lib/auth/session';
import { decideKyc } from '@/lib/kaipay/kyc-review';

const DecisionSchema = z.discriminatedUnion('decision', [
  z.object({ requestId: z.coerce.number().int().positive(), decision: z.literal('approve') }),
  z.object({
    requestId: z.coerce.number().int().positive(),
    decision: z.literal('reject'),
    reason: z.string().trim().min(3, { error: 'reason_required' }).max(300),
  }),
]);

/** Approves or rejects one Premium request; the admin is checked here, not only in the layout. */
export async function decidePremium(form: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = DecisionSchema.safeParse({
    requestId: form.get('requestId'),
    decision: form.get('decision'),
    reason: form.get('reason') ?? '',
  });
  if (!parsed.success)
    redirect(
      `/admin/kaipay?error=${parsed.error.issues[0]?.message === 'reason_required' ? 'reason_required' : 'generic'}`,
    );
  const d = parsed.data;
  const result = await decideKyc(
    admin.id,
    d.decision === 'approve'
      ? { requestId: d.requestId, approve: true }
      : { requestId: d.requestId, approve: false, reason: d.reason },
  );
  revalidatePath('/admin/kaipay');
  redirect(result.ok ? '/admin/kaipay?decided=1' : `/admin/kaipay?error=${result.code}`);
}
