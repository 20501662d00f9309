/**
 * A same-site path to return to after login; anything else becomes "/". Browsers drop tabs and
 * newlines and read "\" as "/", so "/\t/evil.com" would leave the site: such paths are refused.
 */
export function safeNext(next: string): string {
  if (!next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  try {
    const url = new URL(next, 'http://kai.invalid');
    return url.origin === 'http://kai.invalid' ? url.pathname + url.search + url.hash : '/';
  } catch {
    return '/';
  }
}
