import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type SQL } from 'drizzle-orm';
import { engine } from './engine';
import { DEFAULT_DATABASE_PATH } from './path';
import { openSqlite, type SqliteDb } from './sqlite/open';
import { openPg, migratePg, type PgDb } from './pg/open';

export { DEFAULT_DATABASE_PATH } from './path';
export { engine } from './engine';

/**
 * The query builder lib writes against. Typed as Drizzle's SQLite builder; on PostgreSQL the object
 * is node-postgres Drizzle, whose select/insert/update/delete chains are the same calls. Only
 * awaited chains are portable: `.all()`, `.get()` and `.run()` exist on SQLite alone (lint forbids
 * them), and raw SQL goes through `rows()`/`execute()` below.
 */
export type Db = SqliteDb;
/** Inside `inTransaction` the same builder, bound to the transaction. */
export type Tx = Db;

type Handle =
  | { kind: 'sqlite'; key: string; reader: SqliteDb; writer: SqliteDb }
  | { kind: 'pg'; key: string; pool: PgDb; migrated?: Promise<void> };

// One handle per process, kept on globalThis so dev-server reloads do not leak connections.
const holder = globalThis as unknown as { __kaiDb?: Handle; __kaiTx?: AsyncLocalStorage<Tx> };
const current = (holder.__kaiTx ??= new AsyncLocalStorage<Tx>());

function handle(): Handle {
  const key = engine() === 'pg' ? process.env.DATABASE_URL! : databasePath();
  if (holder.__kaiDb?.key === key) return holder.__kaiDb;
  if (holder.__kaiDb) void closeDb();
  if (engine() === 'pg') {
    holder.__kaiDb = { kind: 'pg', key, pool: openPg(key) };
  } else {
    const writer = openSqlite(key, 'writer'); // migrates before the reader opens
    holder.__kaiDb = { kind: 'sqlite', key, writer, reader: openSqlite(key, 'reader') };
  }
  return holder.__kaiDb;
}

/** Read straight from the environment: db sits below lib (lib/env.ts validates the same). */
function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

/**
 * The database for the current call: the open transaction when called inside `inTransaction`
 * (so a helper deep in a transaction reads and writes inside it), otherwise a connection that
 * sees only committed data (SQLite: a read-only connection; PostgreSQL: the pool).
 */
export function getDb(): Db {
  const tx = current.getStore();
  if (tx) return tx;
  const h = handle();
  return h.kind === 'sqlite' ? h.reader : (h.pool as unknown as Db);
}

/** Applies pending PostgreSQL migrations once per process (SQLite migrates when it opens). */
export async function ensureMigrated(): Promise<void> {
  const h = handle();
  if (h.kind === 'pg') await (h.migrated ??= migratePg(h.pool));
}

/** Closes the process-wide connections (tests switch databases between cases). */
export async function closeDb(): Promise<void> {
  const h = holder.__kaiDb;
  holder.__kaiDb = undefined;
  if (!h) return;
  if (h.kind === 'sqlite') {
    h.reader.$client.close();
    h.writer.$client.close();
  } else {
    await h.pool.$client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Transactions

/** Attempts of one PostgreSQL transaction that lost a serialization conflict before giving up. */
const PG_ATTEMPTS = 16;
/** The longest random pause before a rerun, so a crowd of reruns spreads out but none waits long. */
const PG_MAX_PAUSE_MS = 250;

/**
 * How a PostgreSQL transaction keeps a read that decides a write true (SQLite is serializable
 * either way: one writer holds the file).
 * - 'serializable' (the default): SERIALIZABLE isolation; the server aborts one of two transactions
 *   whose reads and writes cross, and it is rerun. Nothing else to think about.
 * - 'read committed': READ COMMITTED, for a hot transaction whose every deciding read is guarded by
 *   an explicit lock taken first (lockKey, lockTable below) or by a unique index. PostgreSQL's
 *   serializable checks are per index page, so parallel inserts of unrelated rows (two passengers'
 *   holds) conflict and rerun each other; explicit locks conflict only where the rows do.
 */
export type Isolation = 'serializable' | 'read committed';

/**
 * Runs `work` as one transaction and returns its result; anything thrown rolls it all back. Called
 * inside another transaction it becomes a savepoint of that one (and takes its isolation).
 *
 * SQLite: one writer connection per process, guarded by an async lock so no other request's
 * statement can run inside the open transaction while `work` awaits; BEGIN IMMEDIATE takes the
 * file's write lock first, so other processes queue and a read inside decides the write.
 * PostgreSQL: `isolation` above, retried (bounded, with jitter) when the server aborts it for a
 * serialization conflict or deadlock. `work` must therefore do nothing but database work: it may
 * run more than once, and it holds locks.
 */
export async function inTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  { isolation = 'serializable' }: { isolation?: Isolation } = {},
): Promise<T> {
  const outer = current.getStore();
  const h = handle();
  if (h.kind === 'sqlite') {
    if (outer) return sqliteSavepoint(h.writer, work);
    return sqliteLock.run(() => sqliteTransaction(h.writer, work));
  }
  if (outer) {
    return (outer as unknown as PgDb).transaction((tx) =>
      current.run(tx as unknown as Tx, () => work(tx as unknown as Tx)),
    );
  }
  await ensureMigrated();
  for (let attempt = 1; ; attempt++) {
    try {
      return await h.pool.transaction(
        (tx) => current.run(tx as unknown as Tx, () => work(tx as unknown as Tx)),
        { isolationLevel: isolation },
      );
    } catch (error) {
      if (attempt >= PG_ATTEMPTS || !isRetryableConflict(error)) throw error;
      const pause = Math.min(PG_MAX_PAUSE_MS, 5 * 2 ** attempt);
      await new Promise((r) => setTimeout(r, Math.random() * pause));
    }
  }
}

async function sqliteTransaction<T>(writer: SqliteDb, work: (tx: Tx) => Promise<T>): Promise<T> {
  writer.$client.exec('BEGIN IMMEDIATE');
  try {
    const result = await current.run(writer, () => work(writer));
    writer.$client.exec('COMMIT');
    return result;
  } catch (error) {
    if (writer.$client.inTransaction) writer.$client.exec('ROLLBACK');
    throw error;
  }
}

let savepoints = 0;
async function sqliteSavepoint<T>(writer: SqliteDb, work: (tx: Tx) => Promise<T>): Promise<T> {
  const name = `sp${++savepoints}`;
  writer.$client.exec(`SAVEPOINT ${name}`);
  try {
    const result = await work(writer);
    writer.$client.exec(`RELEASE ${name}`);
    return result;
  } catch (error) {
    writer.$client.exec(`ROLLBACK TO ${name}`);
    writer.$client.exec(`RELEASE ${name}`);
    throw error;
  }
}

/** A FIFO async lock: one holder at a time, in the order they asked. */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => {});
    return result;
  }
}
const sqliteLock = new Lock();

/**
 * Holds a named lock until the transaction ends (PostgreSQL: a transaction-scoped advisory lock).
 * Every transaction that decides on what `key` names (one passenger's holds of the day, say)
 * takes it before reading, so they run one at a time; with READ COMMITTED each statement after it
 * sees what the previous holder committed. A no-op on SQLite, where one writer holds the file.
 */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  if (engine() !== 'pg') return;
  await (tx as unknown as PgDb).execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/**
 * Locks a whole table in `mode` until the transaction ends (PostgreSQL's LOCK TABLE; a no-op on
 * SQLite). Taken as the FIRST statement of a serializable transaction it also comes before the
 * transaction's snapshot, so everything read afterwards includes what the lock waited for.
 */
export async function lockTable(
  tx: Tx,
  table: string,
  mode: 'row exclusive' | 'share row exclusive',
): Promise<void> {
  if (engine() !== 'pg') return;
  await (tx as unknown as PgDb).execute(
    sql`lock table ${sql.identifier(table)} in ${sql.raw(mode)} mode`,
  );
}

/**
 * Makes the transactions that append to `stream` commit in the order of the ids they take, so a
 * reader that pages with "id > the last I saw" (the gates' revocation list) never skips a row that
 * committed late. PostgreSQL hands out sequence values at insert time and transactions commit in
 * any order; the stream's lock queues the writers until commit. SQLite already has one writer at
 * a time. Call it inside the transaction, before the insert.
 */
export function orderAppends(stream: string, tx: Tx): Promise<void> {
  return lockKey(tx, stream);
}

/** PostgreSQL's serialization_failure and deadlock_detected: the transaction may simply be rerun. */
function isRetryableConflict(error: unknown): boolean {
  const code = driverErrorCode(error);
  return code === '40001' || code === '40P01';
}

/** The driver's error code, looked up through Drizzle's wrapping (`cause`). */
export function driverErrorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** True when the database refused a write for a unique or primary-key index (either engine). */
export function isUniqueViolation(error: unknown): boolean {
  const code = driverErrorCode(error);
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  );
}

// ---------------------------------------------------------------------------------------------
// Raw SQL, for the few queries the builder cannot say. Write it in SQL both engines accept.

/** Rows of a raw query. */
export async function rows<T>(query: SQL, db: Db = getDb()): Promise<T[]> {
  if (engine() === 'pg') {
    const result = await (db as unknown as PgDb).execute(query);
    return result.rows as T[];
  }
  return db.all<T>(query);
}

/** The first row of a raw query, if any. */
export async function row<T>(query: SQL, db: Db = getDb()): Promise<T | undefined> {
  return (await rows<T>(query, db))[0];
}

/** Runs a raw statement and says how many rows it changed. */
export async function execute(query: SQL, db: Db = getDb()): Promise<number> {
  if (engine() === 'pg') {
    return (await (db as unknown as PgDb).execute(query)).rowCount ?? 0;
  }
  return db.run(query).changes;
}

/** How many rows an awaited insert/update/delete (without `returning`) changed, on either engine. */
export function changedRows(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}
