/**
 * Crash test verdict (e2e/crash-payments.spec.ts): given what the clients saw succeed (argv[2], a
 * JSON file), lists every way the database disagrees, with the figures. Prints JSON.
 */
import fs from 'node:fs';
import { getDb } from '@/db';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { CRASH_OPENING } from './crash-payments-constants';

type Seen = { userId: number; held: string[]; paid: string[]; cancelled: string[] };
const seen = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as Seen[];
const sqlite = getDb().$client;
const all = <T>(q: string, ...p: unknown[]) => sqlite.prepare(q).all(...p) as T[];
const problems: string[] = checkLedgerInvariants();

type Booking = { id: number; code: string; status: string; total: number; adults: number };
const bookingOf = (code: string) =>
  sqlite
    .prepare('select id, code, status, total, adults from bookings where code = ?')
    .get(code) as Booking | undefined;

for (const r of all<{ trip_id: number; coach_id: number; seat_label: string; segment_seq: number }>(
  `select trip_id, coach_id, seat_label, segment_seq from seat_segments group by 1, 2, 3, 4 having count(*) > 1`,
))
  problems.push(`segment held twice: ${JSON.stringify(r)}`);
for (const r of all<{ code: string; status: string }>(
  `select distinct b.code, b.status from seat_segments s join bookings b on b.id = s.booking_id
   where b.status not in ('awaiting_payment', 'paid')`,
))
  problems.push(`${r.status} booking ${r.code} still holds seats`);

// Every paid booking: one KAIPay debit of its total, its seats, one active ticket per passenger.
for (const b of all<Booking>(
  `select id, code, status, total, adults from bookings where status in ('paid', 'cancelled')`,
)) {
  const debits = all<{ amount: number }>(
    'select amount from ledger_transfers where idempotency_key = ?',
    `booking:${b.code}:kaipay`,
  );
  if (debits.length !== 1 || debits[0]!.amount !== b.total)
    problems.push(`booking ${b.code} (${b.status}) has KAIPay debits ${JSON.stringify(debits)}`);
  const tickets = all<{ n: number }>(
    "select count(*) n from tickets where booking_id = ? and status = 'active'",
    b.id,
  )[0]!.n;
  const segments = all<{ n: number }>(
    'select count(*) n from seat_segments where booking_id = ?',
    b.id,
  )[0]!.n;
  if (b.status === 'paid' && (tickets !== b.adults || segments === 0))
    problems.push(`paid booking ${b.code}: ${tickets} active tickets, ${segments} segments`);
  if (b.status === 'cancelled' && tickets !== 0)
    problems.push(`cancelled booking ${b.code} keeps ${tickets} active tickets`);
}

let paidSeen = 0;
let cancelledSeen = 0;
for (const s of seen) {
  for (const code of s.held)
    if (!bookingOf(code)) problems.push(`hold ${code} the client saw is missing`);
  for (const code of s.paid) {
    paidSeen++;
    const b = bookingOf(code);
    if (!b || !['paid', 'cancelled'].includes(b.status))
      problems.push(`payment of ${code} the client saw is lost: ${b?.status ?? 'no booking'}`);
  }
  for (const code of s.cancelled) {
    cancelledSeen++;
    const b = bookingOf(code);
    const refunds = all<{ n: number }>(
      'select count(*) n from booking_refunds where booking_id = ?',
      b?.id ?? -1,
    )[0]!.n;
    if (b?.status !== 'cancelled' || refunds !== 1)
      problems.push(`cancellation of ${code} the client saw: ${b?.status}, ${refunds} refunds`);
  }
  // The wallet: the opening money, less each booking charged once, plus each refund once.
  const { balance } = sqlite
    .prepare('select balance from wallets where user_id = ?')
    .get(s.userId) as { balance: number };
  const charged =
    all<{ s: number | null }>(
      `select sum(total) s from bookings where user_id = ? and status in ('paid', 'cancelled')`,
      s.userId,
    )[0]!.s ?? 0;
  const refunded =
    all<{ s: number | null }>(
      `select sum(r.amount) s from booking_refunds r join bookings b on b.id = r.booking_id
     where b.user_id = ? and r.status = 'to_kaipay'`,
      s.userId,
    )[0]!.s ?? 0;
  if (balance !== CRASH_OPENING - charged + refunded)
    problems.push(
      `wallet of user ${s.userId}: ${balance}, expected ${CRASH_OPENING} - ${charged} + ${refunded}`,
    );
}

const count = (q: string) => (sqlite.prepare(q).get() as { n: number }).n;
process.stdout.write(
  JSON.stringify({
    problems,
    paidSeen,
    cancelledSeen,
    bookings: count('select count(*) n from bookings'),
    paid: count("select count(*) n from bookings where status = 'paid'"),
    cancelled: count("select count(*) n from bookings where status = 'cancelled'"),
    awaiting: count("select count(*) n from bookings where status = 'awaiting_payment'"),
    kaipayDebits: count(
      "select count(*) n from ledger_transfers where idempotency_key like 'booking:%:kaipay'",
    ),
  }) + '\n',
);
