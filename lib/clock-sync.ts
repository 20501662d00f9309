import 'server-only';
import { sql } from 'drizzle-orm';
import { engine, row } from '@/db';
import { log } from './log';
import { setDatabaseSkew } from './clock';

/** How often each server process re-measures the database clock. */
const RESYNC_MS = 60_000;

/** Reads the database server's clock in epoch ms (PostgreSQL; a SQLite file shares this machine's). */
async function databaseMs(): Promise<number> {
  const r = await row<{ ms: number }>(
    sql`select cast(extract(epoch from clock_timestamp()) * 1000 as double precision) as ms`,
  );
  return r!.ms;
}

/**
 * Measures how far the database's clock is from this machine's, halfway through the round trip,
 * and makes `now()` follow it. With several app servers on PostgreSQL this keeps their deadlines
 * consistent with one another to within a round trip, whatever their own clocks say.
 */
export async function syncClockWithDatabase(
  read: () => Promise<number> = databaseMs,
): Promise<number> {
  if (engine() !== 'pg' && read === databaseMs) return 0;
  const sent = Date.now();
  const database = await read();
  const received = Date.now();
  const skew = Math.round(database - (sent + received) / 2);
  setDatabaseSkew(skew);
  return skew;
}

/** Syncs now and then every minute, for the life of a server process. */
export function keepClockInSync(): void {
  const sync = () =>
    syncClockWithDatabase().catch((error: unknown) =>
      log.warn('clock.sync_failed', {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  void sync();
  setInterval(sync, RESYNC_MS).unref();
}
