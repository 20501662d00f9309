import 'server-only';

/**
 * The caller's address for rate limits. `next start` appends the socket address to
 * X-Forwarded-For, so the last entry is the one a client cannot forge.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip') || 'unknown';
}
