import crypto from 'node:crypto';
import { openE2eDb, withE2eDb, type E2eDb } from './database';

/**
 * Whole-database comparisons for the e2e server's database (either engine): a hash of every
 * table's rows, so a test can prove that a request wrote nothing. Shared by the read-only pages
 * check, the fuzzing and the authorization matrix.
 */

/** Tables written by background jobs on their own clock, not by a request. */
export const BACKGROUND_TABLES =
  /^(__drizzle_migrations|payment_reconciliations|payment_reconciliation_differences)$/;

/** The application's tables (PostgreSQL keeps Drizzle's migration journal in its own schema). */
async function tableNames(db: E2eDb): Promise<string[]> {
  const tables =
    db.engine === 'pg'
      ? await db.all<{ name: string }>(
          `select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'`,
        )
      : await db.all<{ name: string }>(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
        );
  return tables.map((t) => t.name).sort();
}

async function snapshotOn(db: E2eDb): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const name of await tableNames(db)) {
    if (BACKGROUND_TABLES.test(name)) continue;
    // Rows sorted as text, so the order the engine returns them in does not matter.
    const rows = (await db.all(`select * from "${name}"`)).map((r) => JSON.stringify(r)).sort();
    hashes.set(name, crypto.createHash('sha256').update(rows.join('\n')).digest('hex'));
  }
  return hashes;
}

/** One hash per table. */
export function snapshot(): Promise<Map<string, string>> {
  return withE2eDb(snapshotOn, { readonly: true });
}

/** The names of the tables whose rows differ between two snapshots. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

/**
 * A cheap "did anyone commit?" probe for many requests in a row: SQLite's `data_version` changes
 * on this connection whenever another connection commits; PostgreSQL's WAL insert position moves
 * with every commit that wrote (and now and then without one: vacuum, hint bits). Only when it
 * moved is the (slower) full snapshot compared, so background jobs that commit are told apart from
 * a request that wrote. Open with `WriteWatch.start()`.
 */
export class WriteWatch {
  private constructor(
    private readonly db: E2eDb,
    private version: string,
    private tables: Map<string, string>,
  ) {}

  static async start(): Promise<WriteWatch> {
    const db = await openE2eDb({ readonly: true });
    const version = await writeVersion(db);
    return new WriteWatch(db, version, await snapshotOn(db));
  }

  /** Tables (outside the background ones) changed since the last call; [] when nothing was. */
  async changes(): Promise<string[]> {
    const version = await writeVersion(this.db);
    if (version === this.version) return [];
    this.version = version;
    const now = await snapshotOn(this.db);
    const changed = changedTables(this.tables, now);
    this.tables = now;
    return changed;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

async function writeVersion(db: E2eDb): Promise<string> {
  if (db.engine === 'pg')
    return (await db.get<{ v: string }>('select cast(pg_current_wal_insert_lsn() as text) as v'))!
      .v;
  return String(
    (await db.get<{ v: number }>('select data_version as v from pragma_data_version'))!.v,
  );
}
