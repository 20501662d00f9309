/** Shared by the payment crash test's setup and check workers (e2e/crash-payments.spec.ts). */
export const CRASH_PASSWORD = 'Kereta-Malam-2026';
export const CRASH_PIN = '582917';
/** What every passenger's KAIPay holds before the load. */
export const CRASH_OPENING = 1_000_000;
