import 'server-only';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `%` and `_` typed by an admin match themselves, not any text. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive "contains" on a column, with the admin's text taken literally. */
export function contains(column: SQLWrapper, text: string): SQL {
  return sql`${column} like ${`%${escapeLike(text)}%`} escape '\\'`;
}

/** Case-insensitive "starts with", literally. */
export function startsWith(column: SQLWrapper, text: string): SQL {
  return sql`${column} like ${`${escapeLike(text)}%`} escape '\\'`;
}
