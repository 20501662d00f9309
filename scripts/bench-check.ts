/**
 * After a bench run (same DATABASE_PATH or DATABASE_URL): the ledger invariants, no seat segment
 * sold twice, and how many holds, KAIPay payments and credited notifications the server actually
 * did, as one JSON line.
 * `node --conditions=react-server --import tsx scripts/bench-check.ts`
 */
import { sql, type SQL } from 'drizzle-orm';
import { closeDb, row, rows } from '../db';
import { checkLedgerInvariants } from '../lib/ledger/invariants';

const one = async (query: SQL) => (await row<{ n: number }>(query))!.n;

// The unique index already refuses this; the bench checks what is stored, not what should be.
const doubleSold = await rows(
  sql`select s.trip_id as "tripId", s.coach_id as "coachId", s.seat_label as seat,
        s.segment_seq as segment, count(*) as n
      from seat_segments s join bookings b on b.id = s.booking_id
      where b.status in ('awaiting_payment', 'paid')
      group by s.trip_id, s.coach_id, s.seat_label, s.segment_seq having count(*) > 1
      order by s.trip_id, s.coach_id, s.seat_label, s.segment_seq limit 20`,
);
// A booking charged twice would show as two debits for one booking.
const chargedTwice = await rows(
  sql`select reference, count(*) as n from ledger_transfers
      where idempotency_key like 'booking:%:kaipay'
      group by reference having count(*) > 1 order by reference limit 20`,
);

process.stdout.write(
  JSON.stringify({
    problems: await checkLedgerInvariants(),
    doubleSold,
    chargedTwice,
    counts: {
      benchHolds: await one(
        sql`select count(*) as n from bookings where contact_name = 'Penumpang Bench'`,
      ),
      paidByKaipay: await one(
        sql`select count(*) as n from ledger_transfers where idempotency_key like 'booking:%:kaipay'`,
      ),
      notifications: await one(sql`select count(*) as n from bank_payments`),
    },
  }) + '\n',
);
// The PostgreSQL pool would keep the process alive until its idle clients time out.
await closeDb();
