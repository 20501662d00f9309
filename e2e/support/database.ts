import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * The e2e server's database, opened from this process's environment the way the server opens it:
 * PostgreSQL when DATABASE_URL names one (playwright.config.ts sets it on the PostgreSQL run), else
 * the SQLite file DATABASE_PATH. Specs read through it what the pages do not show (OTPs stay in the
 * inbox page) and set up what the pages cannot reach in a test's time. Queries are plain SQL both
 * engines accept, with `?` placeholders.
 */
export type E2eDb = {
  readonly engine: 'sqlite' | 'pg';
  all<T>(query: string, ...params: unknown[]): Promise<T[]>;
  get<T>(query: string, ...params: unknown[]): Promise<T | undefined>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(query: string, ...params: unknown[]): Promise<number>;
  close(): Promise<void>;
};

// bigint columns (times in ms, money) and count(*) as numbers, as the app reads them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export function onPostgres(): boolean {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
}

function sqliteFile(): string {
  return process.env.DATABASE_PATH || path.join(process.env.E2E_RUN_DIR!, 'kai.db');
}

/** Opens the e2e database; `readonly` refuses writes on either engine (snapshots, counts). */
export async function openE2eDb(options: { readonly?: boolean } = {}): Promise<E2eDb> {
  if (onPostgres()) {
    const client = new pg.Client({
      connectionString: process.env.DATABASE_URL,
      ...(options.readonly ? { options: '-c default_transaction_read_only=on' } : {}),
    });
    await client.connect();
    const query = (text: string, params: unknown[]) => client.query(numbered(text), params);
    return {
      engine: 'pg',
      all: async <T>(text: string, ...params: unknown[]) => (await query(text, params)).rows as T[],
      get: async <T>(text: string, ...params: unknown[]) =>
        (await query(text, params)).rows[0] as T | undefined,
      run: async (text, ...params) => (await query(text, params)).rowCount ?? 0,
      close: () => client.end(),
    };
  }
  const db = new Database(sqliteFile(), { readonly: !!options.readonly, fileMustExist: true });
  // The server may be committing: wait for its write lock rather than fail.
  db.pragma('busy_timeout = 5000');
  return {
    engine: 'sqlite',
    all: async <T>(text: string, ...params: unknown[]) => db.prepare(text).all(...params) as T[],
    get: async <T>(text: string, ...params: unknown[]) =>
      db.prepare(text).get(...params) as T | undefined,
    run: async (text, ...params) => db.prepare(text).run(...params).changes,
    close: async () => {
      db.close();
    },
  };
}

/** Opens the e2e database, runs `work` on it and closes it again. */
export async function withE2eDb<T>(
  work: (db: E2eDb) => Promise<T>,
  options: { readonly?: boolean } = {},
): Promise<T> {
  const db = await openE2eDb(options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** `?` placeholders as PostgreSQL's `$1, $2, ...` (a `?` inside a quoted literal is left alone). */
function numbered(text: string): string {
  let n = 0;
  let quoted = false;
  let out = '';
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    out += c === '?' && !quoted ? `$${++n}` : c;
  }
  return out;
}

/**
 * A database of its own for a spec that starts its own server (the crash tests kill theirs): a
 * SQLite file in `dir`, or on the PostgreSQL run a new database on the same server, created by
 * `create()` (the server migrates and seeds it) and dropped by `drop()`.
 */
export function ownDatabase(
  dir: string,
  prefix: string,
): { env: Record<string, string>; create: () => Promise<void>; drop: () => Promise<void> } {
  if (!onPostgres()) {
    return {
      env: { DATABASE_PATH: path.join(dir, 'kai.db') },
      create: async () => {},
      drop: async () => {},
    };
  }
  const admin = adminUrl();
  const name = `${prefix}_${Date.now().toString(36)}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    create: () => adminQuery(admin, `create database ${name}`),
    drop: () => adminQuery(admin, `drop database if exists ${name} with (force)`),
  };
}

/** A URL to create databases with: the test cluster's admin URL, else the server's `postgres` one. */
function adminUrl(): string {
  if (process.env.PG_TEST_ADMIN_URL) return process.env.PG_TEST_ADMIN_URL;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = '/postgres';
  return url.toString();
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
