'use server';

import { redirect } from 'next/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { reconcileTopUps } from '@/lib/payments/reconcile';
import { log } from '@/lib/log';

/** Runs reconciliation now; admins only (checked here as well as in the layout). */
export async function reconcileNow(): Promise<void> {
  const admin = await requireAdmin();
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
}
