import { z } from 'zod';

/** Rows per page of every admin table (and the most a CSV export holds, to keep memory bounded). */
export const PAGE_SIZE = 25;
export const EXPORT_LIMIT = 10_000;

export type SortDir = 'asc' | 'desc';

/** One page of a server-side table: the rows, the total and where we are. */
export type TablePage<T> = { rows: T[]; total: number; page: number; pageSize: number };

/** A table's view as the URL carries it (`?page=2&sort=createdAt&dir=desc&q=…`), so it is bookmarkable. */
export type TableView<S extends string, F extends string> = {
  page: number;
  sort: S;
  dir: SortDir;
  filters: Partial<Record<F, string>>;
};

type Raw = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Reads a table view from search params. Anything unknown or malformed falls back to the default
 * (a hand-edited URL never errors): page ≥ 1, a sort column from the allowed list, filters without
 * control characters (PostgreSQL refuses a NUL in text), trimmed and at most 100 characters.
 */
export function parseTableView<S extends string, F extends string>(
  raw: Raw,
  spec: { sorts: readonly S[]; defaultSort: S; defaultDir?: SortDir; filters: readonly F[] },
): TableView<S, F> {
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(first(raw.page));
  const sort = (spec.sorts as readonly string[]).includes(first(raw.sort) ?? '')
    ? (first(raw.sort) as S)
    : spec.defaultSort;
  const dirRaw = first(raw.dir);
  const dir: SortDir = dirRaw === 'asc' || dirRaw === 'desc' ? dirRaw : (spec.defaultDir ?? 'desc');
  const filters: Partial<Record<F, string>> = {};
  for (const f of spec.filters) {
    const v = first(raw[f])
      ?.replace(/\p{Cc}/gu, '')
      .trim()
      .slice(0, 100);
    if (v) filters[f] = v;
  }
  return { page, sort, dir, filters };
}

/** The query string of a view with some keys replaced (undefined removes a key). */
export function viewHref(
  path: string,
  view: TableView<string, string>,
  changes: Record<string, string | number | undefined> = {},
): string {
  const params = new URLSearchParams();
  const base: Record<string, string | number | undefined> = {
    ...view.filters,
    sort: view.sort,
    dir: view.dir,
    page: view.page > 1 ? view.page : undefined,
    ...changes,
  };
  for (const [k, v] of Object.entries(base))
    if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
