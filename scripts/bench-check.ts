/**
 * After a bench run (same DATABASE_PATH): the ledger invariants, no seat segment sold twice, and how
 * many holds, KAIPay payments and credited notifications the server actually did, as one JSON line.
 * `node --conditions=react-server --import tsx scripts/bench-check.ts`
 */
import { getDb } from '../db';
import { checkLedgerInvariants } from '../lib/ledger/invariants';

const sqlite = getDb().$client;
const one = (query: string) => (sqlite.prepare(query).get() as { n: number }).n;

// The unique index already refuses this; the bench checks what is stored, not what should be.
const doubleSold = sqlite
  .prepare(
    `select s.trip_id tripId, s.coach_id coachId, s.seat_label seat, s.segment_seq segment, count(*) n
     from seat_segments s join bookings b on b.id = s.booking_id
     where b.status in ('awaiting_payment', 'paid')
     group by s.trip_id, s.coach_id, s.seat_label, s.segment_seq having n > 1 limit 20`,
  )
  .all();
// A booking charged twice would show as two debits for one booking.
const chargedTwice = sqlite
  .prepare(
    `select reference, count(*) n from ledger_transfers where idempotency_key like 'booking:%:kaipay' group by reference having n > 1 limit 20`,
  )
  .all();

process.stdout.write(
  JSON.stringify({
    problems: checkLedgerInvariants(),
    doubleSold,
    chargedTwice,
    counts: {
      benchHolds: one(`select count(*) n from bookings where contact_name = 'Penumpang Bench'`),
      paidByKaipay: one(
        `select count(*) n from ledger_transfers where idempotency_key like 'booking:%:kaipay'`,
      ),
      notifications: one('select count(*) n from bank_payments'),
    },
  }) + '\n',
);
