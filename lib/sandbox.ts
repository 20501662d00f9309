import { env } from './env';
import { log } from './log';

/**
 * Whether the sandbox (bank simulator, phone inbox and their API routes) is served. It pays any VA
 * and shows every phone's OTPs, so it is off in production unless SANDBOX=on says otherwise; every
 * sandbox page and route answers 404 when this is false.
 */
export function sandboxEnabled(): boolean {
  return env().SANDBOX === 'on';
}

/** True when a production server runs with the sandbox on: every page then carries a banner. */
export function sandboxInProduction(): boolean {
  return sandboxEnabled() && env().APP_ENV === 'production';
}

/** Said once at start: a warning when production runs the sandbox, a note in development. */
export function announceSandbox(): void {
  if (sandboxInProduction()) {
    log.warn('sandbox.enabled_in_production', {
      message:
        'SANDBOX=on with APP_ENV=production: anyone can pay any VA at /sandbox/bank and read every OTP at /sandbox/inbox',
    });
  } else if (sandboxEnabled()) {
    log.info('sandbox.enabled', { appEnv: env().APP_ENV });
  }
}
