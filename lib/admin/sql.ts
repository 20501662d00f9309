import 'server-only';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SortDir } from './table-params';

/** `%` and `_` typed by an admin match themselves, not any text. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// `like` ignores case on SQLite but not on PostgreSQL: both sides are lower-cased so the admin's
// search means the same on either engine.

/** Case-insensitive "contains" on a column, with the admin's text taken literally. */
export function contains(column: SQLWrapper, text: string): SQL {
  return sql`lower(${column}) like lower(${`%${escapeLike(text)}%`}) escape '\\'`;
}

/** Case-insensitive "starts with", literally. */
export function startsWith(column: SQLWrapper, text: string): SQL {
  return sql`lower(${column}) like lower(${`${escapeLike(text)}%`}) escape '\\'`;
}

/**
 * A table's sort on one column. NULLs come first ascending and last descending, as SQLite sorts
 * them (PostgreSQL's default is the opposite), so a page holds the same rows on either engine.
 */
export function sortBy(column: SQLWrapper, dir: SortDir): SQL {
  return dir === 'asc' ? sql`${column} asc nulls first` : sql`${column} desc nulls last`;
}

/**
 * A train number (`12`, `7001`, `12A`) as its number, for sorting 2 before 10. The letter suffix is
 * trimmed first: PostgreSQL refuses to cast `12A` to an integer (SQLite would read the digits).
 */
export function trainNumberValue(column: SQLWrapper): SQL {
  return sql`cast(rtrim(${column}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') as integer)`;
}
