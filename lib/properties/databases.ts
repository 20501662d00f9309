import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { closeDb, ensureMigrated, getDb } from '@/db';
import { engine } from '@/db/engine';
import { resetEnvCache } from '@/lib/env';

/**
 * The databases of property runs, on either engine: one template (seeded once per test file) and a
 * cheap copy of it per run. SQLite: files on a RAM disk, a copy is a file copy. PostgreSQL (the
 * `npm run test:unit:pg` half): databases on the test cluster, a copy is CREATE DATABASE ... TEMPLATE.
 */
export type RunDb = {
  /** DATA_DIR of the run (the secrets file); shared by the template and its copies. */
  dir: string;
  /** The SQLite file, or the PostgreSQL database's name. */
  target: string;
};

let created = 0;

/** A new, empty, migrated database for the template (made current by `pointAt`). */
export async function newTemplateDb(): Promise<RunDb> {
  // Every step commits with synchronous=FULL: on a RAM disk a run costs CPU, not fsync waits.
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, 'kai-props-'));
  if (engine() !== 'pg') return { dir, target: path.join(dir, 'template.db') };
  const target = `kai_props_${process.pid}_${Date.now().toString(36)}`;
  // scripts/test-pg.ts migrated kai_template once for the whole run.
  await admin(`create database ${target} template kai_template`);
  return { dir, target };
}

/** A copy of the template, which must be closed (closeDb) first. */
export async function copyOf(template: RunDb): Promise<RunDb> {
  const n = ++created;
  if (engine() !== 'pg') {
    const target = path.join(template.dir, `run-${n}.db`);
    fs.copyFileSync(template.target, target);
    return { dir: template.dir, target };
  }
  const target = `${template.target}_r${n}`;
  // FILE_COPY copies the files at once (fsync is off on the test cluster); the default WAL_LOG
  // strategy writes every page through the WAL, several times slower for a seeded database.
  await admin(`create database ${target} template ${template.target} strategy file_copy`);
  return { dir: template.dir, target };
}

/** Points the process-wide database (and DATA_DIR) at `db`, closing the previous one. */
export async function pointAt(db: RunDb): Promise<void> {
  await closeDb();
  if (engine() === 'pg') process.env.DATABASE_URL = urlOf(db.target);
  else process.env.DATABASE_PATH = db.target;
  process.env.DATA_DIR = db.dir;
  // Refusals are expected by the hundred here; their warn lines would bury a failure's report.
  process.env.LOG_LEVEL = 'error';
  resetEnvCache();
  getDb();
  await ensureMigrated();
}

/** Removes a run's database (closing the process-wide connections first). */
export async function dropDb(db: RunDb): Promise<void> {
  await closeDb();
  if (engine() === 'pg') {
    await admin(`drop database if exists ${db.target} with (force)`);
    return;
  }
  for (const f of [db.target, `${db.target}-wal`, `${db.target}-shm`])
    fs.rmSync(f, { force: true });
}

/** Removes the template and its directory. */
export async function dropTemplateDb(template: RunDb): Promise<void> {
  await dropDb(template);
  fs.rmSync(template.dir, { recursive: true, force: true });
}

function adminUrl(): string {
  const url = process.env.PG_TEST_ADMIN_URL;
  if (!url)
    throw new Error('PG_TEST_ADMIN_URL is not set: run the PostgreSQL half through npm test');
  return url;
}

function urlOf(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
