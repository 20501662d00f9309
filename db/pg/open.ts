import path from 'node:path';
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';

export type PgDb = NodePgDatabase & { $client: pg.Pool };

export const PG_MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'pg', 'migrations');

// bigint (count(*), sums, bigint columns) and numeric arrive as strings by default; every value this
// product stores fits a double exactly (money in rupiah, times in ms), so they are numbers as on SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** A pooled connection to PostgreSQL; PG_POOL_MAX bounds it (keep it under a pooler's limit). */
export function openPg(url: string): PgDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.PG_POOL_MAX || 10),
    idleTimeoutMillis: 30_000,
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return drizzle(pool) as PgDb;
}

/**
 * Applies pending migrations. An advisory lock makes servers that start together wait for the
 * first one instead of racing to create the same tables.
 */
export async function migratePg(db: PgDb): Promise<void> {
  const client = await db.$client.connect();
  try {
    await client.query('select pg_advisory_lock(727001)');
    await migrate(drizzle(client), { migrationsFolder: PG_MIGRATIONS_DIR });
  } finally {
    await client.query('select pg_advisory_unlock(727001)').catch(() => {});
    client.release();
  }
}
