/**
 * What the shared PostgreSQL says after e2e/two-servers.pg-spec.ts's races: holds on the raced seat,
 * credits for the notified bank order, the PIN state of the guessed wallet, and the ledger's
 * invariants. Prints JSON.
 */
import { sql } from 'drizzle-orm';
import { closeDb, rows, row } from '@/db';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';

const [tripId, coach, seat, orderId, guessedUser] = process.argv.slice(2);
const seatHolders = await rows<{ code: string }>(sql`
  select distinct b.code from seat_segments s join bookings b on b.id = s.booking_id
  where s.trip_id = ${Number(tripId)} and s.coach_id = ${Number(coach)} and s.seat_label = ${seat}`);
const credits = await row<{ n: number }>(
  sql`select count(*) as n from bank_payments where order_id = ${orderId} and transfer_id is not null`,
);
const wallet = await row<{
  pin_failures: number;
  pin_locked_until: number | null;
  balance: number;
}>(
  sql`select pin_failures, pin_locked_until, balance from wallets where user_id = ${Number(guessedUser)}`,
);
const paidByGuesser = await row<{ n: number }>(
  sql`select count(*) as n from bookings where user_id = ${Number(guessedUser)} and status = 'paid'`,
);
const problems = await checkLedgerInvariants();
await closeDb();
process.stdout.write(
  JSON.stringify({
    seatHolders: seatHolders.map((r) => r.code),
    credits: credits!.n,
    wallet,
    paidByGuesser: paidByGuesser!.n,
    problems,
  }) + '\n',
);
