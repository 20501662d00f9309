import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { getDb } from '@/db';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { SETTING_DEFAULTS } from '@/lib/settings';

type Tx = Pick<Db, 'run' | 'all'>;

/**
 * Which unpaid holds are over at `at`: past the deadline, and for a hold with an issued closed VA or
 * retail code also past the grace (setting payment_grace_minutes): a bank payment made before the
 * deadline may be notified minutes later, and its seats must still be there (lib/payments/settle.ts
 * honours it by the bank's transaction time). Paying by KAIPay or making a new code ends at the
 * deadline itself, grace or not.
 */
function overdue(at: number) {
  const graceMs = sql`coalesce((select cast(value as integer) from settings where key = 'payment_grace_minutes'), ${SETTING_DEFAULTS.payment_grace_minutes}) * 60000`;
  return sql`status = 'awaiting_payment' and hold_expires_at <= ${at}
    and (hold_expires_at + ${graceMs} <= ${at}
      or not exists (select 1 from payment_accounts pa where pa.booking_id = bookings.id and pa.purpose = 'booking'))`;
}

/**
 * Expires every unpaid booking whose hold is over (overdue above) and frees its seats. Synchronous so
 * it can run inside the caller's transaction (a hold, a seat map read); on its own it is one
 * immediate transaction. Returns the codes it expired.
 */
export function expireOverdue(tx?: Tx, at = now()): string[] {
  const run = (db: Tx) => {
    const expired = db.all<{ id: number; code: string }>(sql`
      update bookings set status = 'expired', closed_at = ${at}
      where ${overdue(at)}
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
    sql`select 1 as one from bookings where ${overdue(at)} limit 1`,
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
