/** A same-site path to return to after login; anything else (other hosts, "//x") becomes "/". */
export function safeNext(next: string): string {
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
