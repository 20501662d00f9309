/**
 * `npm run reconcile`: asks the bank (the sandbox bank of the running server at APP_URL) for the
 * last 7 days of transactions and settles, once, those whose notification never arrived.
 */
import { closeDb } from '../db';
import { reconcileTopUps } from '../lib/payments/reconcile';

reconcileTopUps(Number(process.argv[2] ?? 7))
  .then((report) => {
    console.log(JSON.stringify(report));
  })
  .catch((error: unknown) => {
    console.error(
      `Reconciliation failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  })
  // Closes the connections (a PostgreSQL pool would keep the process alive for a while).
  .finally(() => closeDb());
