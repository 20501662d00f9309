/** A WIB calendar date `days` from today, as 'YYYY-MM-DD'. */
export function wibDateIn(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
