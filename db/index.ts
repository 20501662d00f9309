import 'server-only';
import { env } from '@/lib/env';
import { openDb, type Db } from './open';

export { MIGRATIONS_DIR, appliedMigrations, expectedMigrations, type Db } from './open';

// One connection per process, kept on globalThis so dev-server reloads do not leak handles.
const holder = globalThis as unknown as { __kaiDb?: { file: string; db: Db } };

/** The process-wide database at DATABASE_PATH. */
export function getDb(): Db {
  const file = env().DATABASE_PATH;
  if (!holder.__kaiDb || holder.__kaiDb.file !== file) holder.__kaiDb = { file, db: openDb(file) };
  return holder.__kaiDb.db;
}

/** Closes the process-wide connection (tests switch databases between files). */
export function closeDb(): void {
  holder.__kaiDb?.db.$client.close();
  holder.__kaiDb = undefined;
}
