import { getDb } from '@/db';

// The process-wide handle db/index.ts keeps on globalThis, as far as this counter needs it.
type Handle =
  | { kind: 'sqlite'; writer: { $client: { exec: (sql: string) => unknown } } }
  | { kind: 'pg'; pool: { transaction: (...args: unknown[]) => Promise<unknown> } };

/**
 * Runs `work` and counts the top-level transactions it opened in this process, each one commit
 * (or rollback): on SQLite the BEGINs on the writer connection, on PostgreSQL the transactions
 * taken from the pool. Savepoints (nested inTransaction/transact) are not counted. Tests only: it
 * watches the connection handle from outside, so the count is what the database saw.
 */
export async function countTransactions<T>(
  work: () => Promise<T>,
): Promise<{ result: T; transactions: number }> {
  getDb(); // opens the handle if needed
  const h = (globalThis as unknown as { __kaiDb?: Handle }).__kaiDb;
  if (!h) throw new Error('no database handle');
  let transactions = 0;
  if (h.kind === 'sqlite') {
    const client = h.writer.$client;
    const exec = client.exec;
    client.exec = (sql: string) => {
      if (/^\s*begin\b/i.test(sql)) transactions++;
      return exec.call(client, sql);
    };
    try {
      return { result: await work(), transactions };
    } finally {
      client.exec = exec;
    }
  }
  const pool = h.pool;
  const transaction = pool.transaction;
  pool.transaction = (...args: unknown[]) => {
    transactions++;
    return transaction.apply(pool, args);
  };
  try {
    return { result: await work(), transactions };
  } finally {
    pool.transaction = transaction;
  }
}
