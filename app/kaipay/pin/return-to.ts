import { safeNext } from '@/lib/safe-next';

/** The Lupa PIN page with a query, keeping where the passenger came from (re-checked as same-site). */
export function lupaPinPath(next: string | undefined, query: Record<string, string>): string {
  const back: Record<string, string> =
    next && safeNext(next) !== '/' ? { next: safeNext(next) } : {};
  return `/kaipay/pin/lupa?${new URLSearchParams({ ...query, ...back }).toString()}`;
}
