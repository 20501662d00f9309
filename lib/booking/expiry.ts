import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { getDb } from '@/db';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';

type Tx = Pick<Db, 'run' | 'all'>;

/**
 * Expires every unpaid booking past its deadline and frees its seats. Synchronous so it can run
 * inside the caller's transaction (a hold, a seat map read); on its own it is one immediate
 * transaction. Returns the codes it expired.
 */
export function expireOverdue(tx?: Tx, at = now()): string[] {
  const run = (db: Tx) => {
    const expired = db.all<{ id: number; code: string }>(sql`
      update bookings set status = 'expired', closed_at = ${at}
      where status = 'awaiting_payment' and hold_expires_at <= ${at}
      returning id, code`);
    if (expired.length === 0) return [];
    const ids = expired.map((b) => b.id);
    db.run(
      sql`delete from seat_segments where booking_id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
    return expired.map((b) => b.code);
  };
  if (tx) return run(tx);
  // Most reads find nothing overdue: an indexed look first spares them a write transaction.
  const due = getDb().get<{ one: number } | undefined>(
    sql`select 1 as one from bookings where status = 'awaiting_payment' and hold_expires_at <= ${at} limit 1`,
  );
  if (!due) return [];
  const codes = getDb().transaction((db) => run(db), { behavior: 'immediate' });
  if (codes.length) log.info('bookings.expired', { count: codes.length });
  return codes;
}

let sweeper: NodeJS.Timeout | undefined;

/** Starts the periodic sweep in this process (the server calls it once at start). */
export function startExpirySweep(intervalMs = 30_000): void {
  if (sweeper) return;
  sweeper = setInterval(() => {
    try {
      expireOverdue();
    } catch (error) {
      log.error('bookings.sweep_failed', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }, intervalMs);
  sweeper.unref();
}
