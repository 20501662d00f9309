import 'server-only';
import { CLIENT_ADDRESS_HEADER_ENV } from './client-address';

/**
 * The caller's address for rate limits: the socket address (or, behind TRUSTED_PROXIES, the
 * address they forwarded), as decided by our server in scripts/serve.ts and passed in a header
 * whose name is random per process. X-Forwarded-For is never read here: a client writes it.
 * Without our server (`next dev`) every caller is "unknown", one shared bucket: stricter, never
 * looser.
 */
export function clientIp(headers: Headers): string {
  const name = process.env[CLIENT_ADDRESS_HEADER_ENV];
  return (name && headers.get(name)) || 'unknown';
}
