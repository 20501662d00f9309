/** Runs once when the server starts: background jobs that must not wait for a visitor. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Every worker and every app server follows the database's clock (see lib/clock.ts).
  const { keepClockInSync } = await import('./lib/clock-sync');
  keepClockInSync();
  // With WEB_CONCURRENCY > 1 (scripts/serve.ts) only the first worker runs the jobs: the sweep and
  // the sandbox deliveries would be safe in several (each write is conditional), but reconciliation
  // would store a run per process and ask the bank N times.
  if (process.env.KAI_BACKGROUND_JOBS === '0') return;
  const { startExpirySweep } = await import('./lib/booking/expiry');
  startExpirySweep();
  const { startReconciliation } = await import('./lib/payments/reconcile-job');
  startReconciliation();
  const { announceSandbox, sandboxEnabled } = await import('./lib/sandbox');
  announceSandbox();
  if (sandboxEnabled()) {
    const { startSandboxDeliveries } = await import('./lib/sandbox-bank/deliver');
    startSandboxDeliveries();
  }
}
