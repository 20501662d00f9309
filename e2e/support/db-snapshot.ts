import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Whole-database comparisons for the e2e server's SQLite file: a hash of every table's rows, so a
 * test can prove that a request wrote nothing. Shared by the read-only pages check, the fuzzing and
 * the authorization matrix.
 */

/** Tables written by background jobs on their own clock, not by a request. */
export const BACKGROUND_TABLES =
  /^(__drizzle_migrations|reconciliation_runs|reconciliation_differences)$/;

const dbPath = () => path.join(process.env.E2E_RUN_DIR!, 'kai.db');

/** One hash per table (rows sorted, so the order SQLite returns them in does not matter). */
export function snapshot(): Map<string, string> {
  const db = new Database(dbPath(), { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .all() as { name: string }[];
    return new Map(
      tables
        .filter((t) => !BACKGROUND_TABLES.test(t.name))
        .map(({ name }) => {
          const rows = db
            .prepare(`select * from "${name}"`)
            .all()
            .map((r) => JSON.stringify(r))
            .sort();
          return [name, crypto.createHash('sha256').update(rows.join('\n')).digest('hex')];
        }),
    );
  } finally {
    db.close();
  }
}

/** The names of the tables whose rows differ between two snapshots. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

/**
 * A cheap "did anyone commit?" probe for many requests in a row: SQLite's `data_version` changes
 * on this connection whenever another connection commits. Only when it moved is the (slower) full
 * snapshot compared, so background jobs that commit are told apart from a request that wrote.
 */
export class WriteWatch {
  private readonly db = new Database(dbPath(), { readonly: true, fileMustExist: true });
  private version = this.dataVersion();
  private tables = snapshot();

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** Tables (outside the background ones) changed since the last call; [] when nothing was. */
  changes(): string[] {
    const version = this.dataVersion();
    if (version === this.version) return [];
    this.version = version;
    const now = snapshot();
    const changed = changedTables(this.tables, now);
    this.tables = now;
    return changed;
  }

  close(): void {
    this.db.close();
  }
}

/** Runs one read-write statement on the e2e database (test fixtures the UI cannot reach fast). */
export function writeDb<T>(work: (db: Database.Database) => T): T {
  const db = new Database(dbPath(), { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return work(db);
  } finally {
    db.close();
  }
}
