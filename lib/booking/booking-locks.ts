import 'server-only';
import { lockKey, lockTable, type Tx } from '@/db';

/**
 * The locks that let a hold run at READ COMMITTED on PostgreSQL (createHold in hold.ts says why).
 * A hold's reads that decide its write are each kept true by one of them or by a unique index:
 * - the seats: the unique index on seat segments (a parallel insert of the same segment waits for
 *   the first and is then refused);
 * - the trip still scheduled: every hold holds the bookings table in ROW EXCLUSIVE mode from its
 *   first statement, and a trip cancellation takes SHARE ROW EXCLUSIVE before its snapshot
 *   (lockOutNewBookings), so the cancellation sees every hold that started before it and every
 *   later hold sees the trip cancelled;
 * - the passenger's holds of the day: a per-passenger lock, so they are counted one hold at a time.
 * On SQLite all of these are no-ops: one writer holds the whole file.
 */
export async function lockForHold(tx: Tx, userId: number): Promise<void> {
  await lockTable(tx, 'bookings', 'row exclusive');
  await lockKey(tx, `holds:user:${userId}`);
}

/**
 * A trip cancellation's side of lockForHold: call it as the transaction's FIRST statement. It waits
 * for the holds under way and keeps new ones out until commit; other bookings writes queue behind
 * it for the moment a cancellation takes, which is rare and short.
 */
export function lockOutNewBookings(tx: Tx): Promise<void> {
  return lockTable(tx, 'bookings', 'share row exclusive');
}
