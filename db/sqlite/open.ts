import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

/** Opens a database file with the pragmas every connection needs and applies pending migrations. */
export function openDb(file: string): Db {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a change the user was told about survives a power cut, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  applyMigrations(db);
  return db;
}

function expectedMigrations(): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

/** How many migrations the database has applied (0 on a new file). */
export function appliedMigrations(db: Db): number {
  const table = db.$client
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (
    db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }
  ).n;
}

function applyMigrations(db: Db): void {
  if (appliedMigrations(db) === expectedMigrations()) return;
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  } catch (error) {
    // Drizzle reads the last applied migration before it begins its transaction, so when two
    // processes start on a new file one of them loses the race; it is fine if the other finished.
    if (appliedMigrations(db) !== expectedMigrations()) throw error;
  }
}

export { expectedMigrations };
