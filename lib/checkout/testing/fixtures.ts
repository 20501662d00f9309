import { sql } from 'drizzle-orm';
import { row } from '@/db';
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
export async function holdFor(userId: number, opts: HoldOptions = {}): Promise<string> {
  const train = opts.train ?? '2';
  const coach = await coachId(train, opts.coach ?? 'EKS-1');
  const seats = opts.seats ?? ['1A'];
  const tripId = await tripOf(train, opts.daysAhead ?? 2);
  const result = await createHold(
    userId,
    HoldSchema.parse({
      tripId,
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
export async function bookingRow(code: string) {
  const booking = await row<{
    id: number;
    status: string;
    total: number;
    fare: number;
    tripId: number;
    paidAt: number | null;
    method: string | null;
    departsAt: number;
  }>(
    sql`select id, status, total, fare, trip_id as "tripId", paid_at as "paidAt",
      payment_method as method, departs_at as "departsAt" from bookings where code = ${code}`,
  );
  if (!booking) throw new Error(`no booking ${code}`);
  return booking;
}

/** A wallet's balance. */
export async function balanceOf(userId: number): Promise<number> {
  return (await row<{ balance: number }>(
    sql`select balance from wallets where user_id = ${userId}`,
  ))!.balance;
}

/** How many ledger transfers carry an idempotency key. */
export async function transfersWithKey(key: string): Promise<number> {
  return (await row<{ n: number }>(
    sql`select count(*) n from ledger_transfers where idempotency_key = ${key}`,
  ))!.n;
}
