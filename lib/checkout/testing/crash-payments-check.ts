/**
 * Crash test verdict (e2e/crash-payments.spec.ts): given what the clients saw succeed (argv[2], a
 * JSON file), lists every way the database disagrees, with the figures. Prints JSON. Works on
 * whichever engine the environment names.
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { closeDb, row, rows } from '@/db';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { CRASH_OPENING } from './crash-payments-constants';

type Seen = { userId: number; held: string[]; paid: string[]; cancelled: string[] };
const seen = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as Seen[];
const problems: string[] = await checkLedgerInvariants();

type Booking = { id: number; code: string; status: string; total: number; adults: number };
const bookingOf = (code: string) =>
  row<Booking>(sql`select id, code, status, total, adults from bookings where code = ${code}`);
const countOf = async (query: ReturnType<typeof sql>) => (await row<{ n: number }>(query))!.n;
const sumOf = async (query: ReturnType<typeof sql>) =>
  (await row<{ s: number | null }>(query))!.s ?? 0;

for (const r of await rows<{
  trip_id: number;
  coach_id: number;
  seat_label: string;
  segment_seq: number;
}>(sql`select trip_id, coach_id, seat_label, segment_seq from seat_segments
    group by trip_id, coach_id, seat_label, segment_seq having count(*) > 1`))
  problems.push(`segment held twice: ${JSON.stringify(r)}`);
for (const r of await rows<{ code: string; status: string }>(
  sql`select distinct b.code, b.status from seat_segments s join bookings b on b.id = s.booking_id
   where b.status not in ('awaiting_payment', 'paid') order by b.code`,
))
  problems.push(`${r.status} booking ${r.code} still holds seats`);

// Every paid booking: one KAIPay debit of its total, its seats, one active ticket per passenger.
for (const b of await rows<Booking>(
  sql`select id, code, status, total, adults from bookings where status in ('paid', 'cancelled') order by id`,
)) {
  const debits = await rows<{ amount: number }>(
    sql`select amount from ledger_transfers where idempotency_key = ${`booking:${b.code}:kaipay`}`,
  );
  if (debits.length !== 1 || debits[0]!.amount !== b.total)
    problems.push(`booking ${b.code} (${b.status}) has KAIPay debits ${JSON.stringify(debits)}`);
  const tickets = await countOf(
    sql`select count(*) n from tickets where booking_id = ${b.id} and status = 'active'`,
  );
  const segments = await countOf(
    sql`select count(*) n from seat_segments where booking_id = ${b.id}`,
  );
  if (b.status === 'paid' && (tickets !== b.adults || segments === 0))
    problems.push(`paid booking ${b.code}: ${tickets} active tickets, ${segments} segments`);
  if (b.status === 'cancelled' && tickets !== 0)
    problems.push(`cancelled booking ${b.code} keeps ${tickets} active tickets`);
}

let paidSeen = 0;
let cancelledSeen = 0;
for (const s of seen) {
  for (const code of s.held)
    if (!(await bookingOf(code))) problems.push(`hold ${code} the client saw is missing`);
  for (const code of s.paid) {
    paidSeen++;
    const b = await bookingOf(code);
    if (!b || !['paid', 'cancelled'].includes(b.status))
      problems.push(`payment of ${code} the client saw is lost: ${b?.status ?? 'no booking'}`);
  }
  for (const code of s.cancelled) {
    cancelledSeen++;
    const b = await bookingOf(code);
    const refunds = await countOf(
      sql`select count(*) n from booking_refunds where booking_id = ${b?.id ?? -1}`,
    );
    if (b?.status !== 'cancelled' || refunds !== 1)
      problems.push(`cancellation of ${code} the client saw: ${b?.status}, ${refunds} refunds`);
  }
  // The wallet: the opening money, less each booking charged once, plus each refund once.
  const { balance } = (await row<{ balance: number }>(
    sql`select balance from wallets where user_id = ${s.userId}`,
  ))!;
  const charged = await sumOf(
    sql`select sum(total) s from bookings where user_id = ${s.userId} and status in ('paid', 'cancelled')`,
  );
  const refunded = await sumOf(
    sql`select sum(r.amount) s from booking_refunds r join bookings b on b.id = r.booking_id
     where b.user_id = ${s.userId} and r.status = 'to_kaipay'`,
  );
  if (balance !== CRASH_OPENING - charged + refunded)
    problems.push(
      `wallet of user ${s.userId}: ${balance}, expected ${CRASH_OPENING} - ${charged} + ${refunded}`,
    );
}

const verdict = {
  problems,
  paidSeen,
  cancelledSeen,
  bookings: await countOf(sql`select count(*) n from bookings`),
  paid: await countOf(sql`select count(*) n from bookings where status = 'paid'`),
  cancelled: await countOf(sql`select count(*) n from bookings where status = 'cancelled'`),
  awaiting: await countOf(sql`select count(*) n from bookings where status = 'awaiting_payment'`),
  kaipayDebits: await countOf(
    sql`select count(*) n from ledger_transfers where idempotency_key like 'booking:%:kaipay'`,
  ),
};
await closeDb();
process.stdout.write(JSON.stringify(verdict) + '\n');
