import 'server-only';
import { log } from '@/lib/log';
import { reconcileTopUps } from './reconcile';

let job: NodeJS.Timeout | undefined;

/** Every 5 minutes, settle bank transactions whose notification never arrived. */
export function startReconciliation(intervalMs = 5 * 60_000): void {
  if (job) return;
  job = setInterval(() => {
    reconcileTopUps().catch((e: unknown) =>
      log.warn('payments.reconcile_failed', {
        message: e instanceof Error ? e.message : String(e),
      }),
    );
  }, intervalMs);
  job.unref();
}
