import 'server-only';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row, rows, type Tx } from '@/db';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { SETTING_DEFAULTS } from '@/lib/settings';

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
 * Expires every unpaid booking whose hold is over (overdue above) and frees its seats. Given a
 * transaction (a hold, a payment) it runs inside it, so the seats it frees are seen by the rest of
 * that transaction; on its own it is one serializable transaction of its own (inTransaction in
 * db/index.ts), opened only when something is due. Returns the codes it expired.
 */
export async function expireOverdue(tx?: Tx, at = now()): Promise<string[]> {
  if (tx) return expireIn(tx, at);
  // Most reads find nothing overdue: an indexed look first spares them a write transaction (and
  // keeps read-only pages from queueing behind the writers).
  const due = await row<{ one: number }>(
    sql`select 1 as one from bookings where ${overdue(at)} limit 1`,
  );
  if (!due) return [];
  const codes = await inTransaction((db) => expireIn(db, at));
  if (codes.length) log.info('bookings.expired', { count: codes.length });
  return codes;
}

/** The expiry itself; the conditional update decides again inside the transaction what is due. */
async function expireIn(db: Tx, at: number): Promise<string[]> {
  const expired = await rows<{ id: number; code: string }>(
    sql`update bookings set status = 'expired', closed_at = ${at}
      where ${overdue(at)}
      returning id, code`,
    db,
  );
  if (expired.length === 0) return [];
  await execute(
    sql`delete from seat_segments where booking_id in (${sql.join(
      expired.map((b) => sql`${b.id}`),
      sql`, `,
    )})`,
    db,
  );
  return expired.map((b) => b.code).sort();
}

let sweeper: NodeJS.Timeout | undefined;

/** Starts the periodic sweep in this process (the server calls it once at start). */
export function startExpirySweep(intervalMs = 30_000): void {
  if (sweeper) return;
  sweeper = setInterval(() => {
    expireOverdue().catch((error: unknown) => {
      log.error('bookings.sweep_failed', {
        message: error instanceof Error ? error.message : String(error),
      });
    });
  }, intervalMs);
  sweeper.unref();
}
