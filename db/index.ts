import 'server-only';
import { openDb, type Db } from './open';
import { DEFAULT_DATABASE_PATH } from './path';

export { DEFAULT_DATABASE_PATH } from './path';
export { MIGRATIONS_DIR, appliedMigrations, expectedMigrations, type Db } from './open';

// One connection per process, kept on globalThis so dev-server reloads do not leak handles.
const holder = globalThis as unknown as { __kaiDb?: { file: string; db: Db } };

/**
 * The process-wide database at DATABASE_PATH. Read straight from the environment: db sits below lib
 * and never imports it (lib/env.ts validates the same variable with the same default).
 */
export function getDb(): Db {
  const file = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
  if (!holder.__kaiDb || holder.__kaiDb.file !== file) holder.__kaiDb = { file, db: openDb(file) };
  return holder.__kaiDb.db;
}

/** Closes the process-wide connection (tests switch databases between files). */
export function closeDb(): void {
  holder.__kaiDb?.db.$client.close();
  holder.__kaiDb = undefined;
}
