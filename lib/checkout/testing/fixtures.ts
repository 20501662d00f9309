import { getDb } from '@/db';
import { createHold } from '@/lib/booking/hold';
import { HoldSchema } from '@/lib/booking/hold-schema';
import { coachId, tripOf } from '@/lib/testing/seeded-db';

type HoldOptions = {
  train?: string;
  coach?: string;
  seats?: string[];
  from?: string;
  to?: string;
  daysAhead?: number;
  infants?: number;
};

/** Holds seats for a user through the real createHold (Argo Bromo Anggrek 2, GMR → CN, Eksekutif by default); returns the code. */
export function holdFor(userId: number, opts: HoldOptions = {}): string {
  const train = opts.train ?? '2';
  const coach = coachId(train, opts.coach ?? 'EKS-1');
  const seats = opts.seats ?? ['1A'];
  const result = createHold(
    userId,
    HoldSchema.parse({
      tripId: tripOf(train, opts.daysAhead ?? 2),
      origin: opts.from ?? 'GMR',
      destination: opts.to ?? 'CN',
      seatClass: 'eksekutif',
      adults: seats.map((s, i) => ({
        name: `Penumpang ${'ABCD'[i]}`,
        idType: 'nik',
        idNumber: '3174055204950003',
        seat: `${coach}:${s}`,
      })),
      infants: Array.from({ length: opts.infants ?? 0 }, () => ({
        name: 'Bayi Kecil',
        idNumber: '3174055204240003',
      })),
      contactName: 'Dewi Lestari',
      contactEmail: 'dewi@contoh.id',
      contactPhone: '081234567890',
    }),
  );
  if (!result.ok) throw new Error(`hold refused: ${result.code}`);
  return result.bookingCode;
}

/** A booking row as the tests check it. */
export function bookingRow(code: string) {
  return getDb()
    .$client.prepare(
      'select id, status, total, fare, trip_id as tripId, paid_at as paidAt, payment_method as method, departs_at as departsAt from bookings where code = ?',
    )
    .get(code) as {
    id: number;
    status: string;
    total: number;
    fare: number;
    tripId: number;
    paidAt: number | null;
    method: string | null;
    departsAt: number;
  };
}

/** A wallet's balance. */
export function balanceOf(userId: number): number {
  return (
    getDb().$client.prepare('select balance from wallets where user_id = ?').get(userId) as {
      balance: number;
    }
  ).balance;
}

/** How many ledger transfers carry an idempotency key. */
export function transfersWithKey(key: string): number {
  return (
    getDb()
      .$client.prepare('select count(*) n from ledger_transfers where idempotency_key = ?')
      .get(key) as { n: number }
  ).n;
}
