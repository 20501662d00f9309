import type Database from 'better-sqlite3';

/** How many distinct statements a connection keeps compiled (the app has a few hundred). */
const CAPACITY = 1000;

/**
 * Keeps each SQL text's compiled statement, instead of compiling it again on every query as
 * Drizzle's better-sqlite3 driver does (`prepare` was 4-5% of a loaded server's CPU). A statement
 * comes back out of raw mode, because Drizzle switches it on (`stmt.raw()`) for some calls and
 * expects objects from the others. Statements are run synchronously to the end (all/get/run), so
 * one is never in use twice at once. Least recently used ones are dropped past CAPACITY.
 */
export function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
    } else {
      stmt = prepare(source);
      if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, stmt);
    if (stmt.reader) stmt.raw(false);
    return stmt;
  }) as Database.Database['prepare'];
}
