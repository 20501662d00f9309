/**
 * The Content-Security-Policy for one page response. Scripts run only with this request's nonce
 * ('strict-dynamic' lets Next's nonced bootstrap load its own chunks), so injected markup cannot run
 * script; no 'unsafe-eval' outside `next dev` (React needs eval only there for its error overlay).
 * Styles allow inline: React writes style attributes (seat map, limit bar) and the ticket page has a
 * print <style>; CSS cannot run script, and the nonce keeps scripts strict.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { dev: boolean; production: boolean },
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // QR codes are inline SVG; data: and blob: cover generated images.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind HTTPS: on a plain-HTTP demo it would send subresources to a port that is not there.
    ...(options.production ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** Two years, subdomains included: browsers then refuse plain HTTP to this host. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';
