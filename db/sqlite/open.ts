import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cacheStatements } from './statement-cache';

/** The query builder lib is typed against (on PostgreSQL the same calls run through node-postgres). */
export type SqliteDb = BetterSQLite3Database & { $client: Database.Database };

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

/**
 * Opens the database file with the pragmas every connection needs. The writer applies pending
 * migrations; a reader is opened read-only, so a write that bypasses the transaction lock fails
 * loudly instead of landing inside another request's open transaction.
 */
export function openSqlite(file: string, mode: 'writer' | 'reader' = 'writer'): SqliteDb {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (mode === 'reader') {
    const sqlite = new Database(file, { readonly: true });
    sqlite.pragma('busy_timeout = 5000');
    cacheStatements(sqlite);
    return drizzle(sqlite) as SqliteDb;
  }
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a change the user was told about survives a power cut, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  cacheStatements(sqlite);
  const db = drizzle(sqlite) as SqliteDb;
  applyMigrations(db);
  return db;
}

export function expectedMigrations(dir = MIGRATIONS_DIR): number {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** How many migrations the database has applied (0 on a new file). */
export function appliedSqliteMigrations(db: SqliteDb): number {
  const table = db.$client
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (
    db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }
  ).n;
}

function applyMigrations(db: SqliteDb): void {
  if (appliedSqliteMigrations(db) === expectedMigrations()) return;
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  } catch (error) {
    // Drizzle reads the last applied migration before it begins its transaction, so when two
    // processes start on a new file one of them loses the race; it is fine if the other finished.
    if (appliedSqliteMigrations(db) !== expectedMigrations()) throw error;
  }
}
