import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { closeDb, ensureMigrated, getDb } from '@/db';
import { engine } from '@/db/engine';
import { resetEnvCache } from '@/lib/env';
import { resetClock } from '@/lib/clock';

export type TempDb = {
  dir: string;
  /** The SQLite file, or on PostgreSQL the database's URL: what a worker process is pointed at. */
  file: string;
  /** Environment that points another process at this database (either engine). */
  env: Record<string, string>;
  cleanup: () => Promise<void>;
};

let created = 0;

/**
 * Points the process-wide database at a new, empty, migrated database and returns a cleanup
 * function. Integration tests call it in beforeEach so each case starts empty. On SQLite a new
 * temporary file; on PostgreSQL (DATABASE_URL set by scripts/test-pg.ts) a new database copied from
 * the migrated template the test run made once.
 */
export async function openTempDb(): Promise<TempDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-test-'));
  await closeDb();
  process.env.DATA_DIR = dir;
  resetClock();
  let env: Record<string, string>;
  let dropDatabase = async () => {};
  if (engine() === 'pg') {
    const adminUrl = process.env.PG_TEST_ADMIN_URL;
    if (!adminUrl)
      throw new Error('PG_TEST_ADMIN_URL is not set: run the PostgreSQL half through npm test');
    const name = `kai_t_${process.pid}_${++created}_${Date.now().toString(36)}`;
    await adminQuery(adminUrl, `create database ${name} template kai_template`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    env = { DATABASE_URL: url.toString(), DATA_DIR: dir };
    dropDatabase = () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  } else {
    process.env.DATABASE_PATH = path.join(dir, 'kai.db');
    env = { DATABASE_PATH: process.env.DATABASE_PATH, DATA_DIR: dir };
  }
  resetEnvCache();
  getDb();
  await ensureMigrated();
  return {
    dir,
    file: engine() === 'pg' ? process.env.DATABASE_URL! : process.env.DATABASE_PATH!,
    env,
    cleanup: async () => {
      await closeDb();
      await dropDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
