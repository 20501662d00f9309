import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migratePg, type PgDb } from '../../db/pg/open';

/** The URL of `database` on the server `adminUrl` points at. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates a new database, migrated (tests copy `kai_template`, made once per run by this). */
export async function createMigratedDatabase(adminUrl: string, name: string): Promise<string> {
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  await adminQuery(adminUrl, `create database ${name}`);
  const url = databaseUrl(adminUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await migratePg(drizzle(pool) as PgDb);
  } finally {
    await pool.end();
  }
  return url;
}
