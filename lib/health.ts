import 'server-only';
import { sql } from 'drizzle-orm';
import { engine, row } from '@/db';
import { expectedMigrations, MIGRATIONS_DIR } from '@/db/sqlite/open';
import { PG_MIGRATIONS_DIR } from '@/db/pg/open';

export type Health = {
  ok: boolean;
  database: 'up' | 'down';
  migrations: { applied: number; expected: number; current: boolean };
};

/**
 * Whether the database answers and every committed migration of its engine has been applied. Only
 * reads: a server that is behind says so instead of migrating from a health probe.
 */
export async function health(): Promise<Health> {
  const expected = expectedMigrations(engine() === 'pg' ? PG_MIGRATIONS_DIR : MIGRATIONS_DIR);
  try {
    await row(sql`select 1 as up`);
    const applied = await appliedMigrations();
    return {
      ok: applied === expected,
      database: 'up',
      migrations: { applied, expected, current: applied === expected },
    };
  } catch {
    return { ok: false, database: 'down', migrations: { applied: 0, expected, current: false } };
  }
}

/**
 * How many migrations Drizzle's migrator has recorded (0 on a new database). It keeps them in
 * `__drizzle_migrations`: beside the tables on SQLite, in the `drizzle` schema on PostgreSQL.
 */
async function appliedMigrations(): Promise<number> {
  const table =
    engine() === 'pg'
      ? await row<{ present: boolean }>(
          sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
        )
      : await row<{ present: number }>(
          sql`select count(*) as present from sqlite_master where type = 'table' and name = '__drizzle_migrations'`,
        );
  if (!table?.present) return 0;
  const counted = await row<{ n: number }>(
    engine() === 'pg'
      ? sql`select count(*) as n from drizzle.__drizzle_migrations`
      : sql`select count(*) as n from __drizzle_migrations`,
  );
  return counted?.n ?? 0;
}
