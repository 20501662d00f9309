/** Runs once when the server starts: background jobs that must not wait for a visitor. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startExpirySweep } = await import('./lib/booking/expiry');
  startExpirySweep();
}
