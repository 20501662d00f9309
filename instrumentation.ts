/** Runs once when the server starts: background jobs that must not wait for a visitor. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
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
