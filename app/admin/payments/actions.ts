'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { adminAction } from '@/lib/actions/callers';
import { markRefundPaidOut, PayoutSchema } from '@/lib/admin/payouts';
import { reapplyNotification, ReapplySchema } from '@/lib/admin/reapply';
import { refusedState } from '@/lib/forms';
import { getI18n } from '@/lib/i18n';
import { log } from '@/lib/log';
import { reconcileTopUps } from '@/lib/payments/reconcile';

/** Runs the two-way reconciliation with the bank's report now. */
export const reconcileNow = adminAction(z.object({}), async (_input, { admin }) => {
  let target = '/admin/payments?failed=1';
  try {
    const report = await reconcileTopUps();
    log.info('admin.reconciled', { adminId: admin.id, applied: report.applied });
    target = `/admin/payments?checked=${report.checked}&applied=${report.applied}`;
  } catch (error) {
    log.warn('admin.reconcile_failed', {
      message: error instanceof Error ? error.message : String(error),
    });
  }
  redirect(target);
});

/** Applies a stored bank notification again; idempotent (credited money is a duplicate). */
export const reapplyBankNotification = adminAction(ReapplySchema, async (input, { admin }) => {
  const result = await reapplyNotification(admin.id, input.notificationId);
  if (!result.ok) return refusedState(result.code);
  revalidatePath('/admin/payments/notifikasi');
  const { t } = await getI18n();
  return { status: 'success', message: t.adminMoney.payments.reapplied(result.result) };
});

/** Records that a refund owed to a bank was transferred, with the bank's reference. */
export const markRefundPaid = adminAction(
  PayoutSchema,
  async (input, { admin }) => {
    const result = await markRefundPaidOut(admin.id, input);
    if (!result.ok)
      return refusedState(
        result.code,
        result.code.startsWith('bank') ? 'bankReference' : undefined,
      );
    revalidatePath('/admin/payments/refund');
    const { t } = await getI18n();
    return { status: 'success', message: t.adminMoney.payments.marked };
  },
  { reauth: true, echo: ['bankReference', 'bank'] },
);
