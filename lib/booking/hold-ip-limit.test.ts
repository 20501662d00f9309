import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { advanceClock } from '@/lib/clock';
import { addPassenger, coachId, openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { HoldSchema } from './hold-schema';
import { createHold, HOLD_LIMITS } from './hold';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const COLUMNS = ['A', 'B', 'C', 'D'];
/** One adult on Taksaka 44, Eksekutif 1, seat number n (rows 1..13, four seats a row). */
async function seat(n: number) {
  const coach = await coachId('44', 'EKS-1');
  return HoldSchema.parse({
    tripId: await tripOf('44'),
    origin: 'GMR',
    destination: 'YK',
    seatClass: 'eksekutif',
    adults: [
      {
        name: 'Penumpang Satu',
        idType: 'nik',
        idNumber: '3273011708900001',
        seat: `${coach}:${Math.floor(n / 4) + 1}${COLUMNS[n % 4]}`,
      },
    ],
    infants: [],
    contactName: 'Siti Rahayu',
    contactEmail: 'siti@contoh.id',
    contactPhone: '081234567890',
  });
}
const held = async () => (await row<{ n: number }>(sql`select count(*) as n from bookings`))!.n;
/** A hold for a new passenger (so the per-account daily limit never speaks) from `ip`. */
const holdAs = async (email: string, n: number, ip: string) =>
  createHold(await addPassenger(email), await seat(n), { ip });

describe('holds per client address (issue 9.12)', () => {
  it('throwaway accounts from one address cannot go on holding seats; another address can', async () => {
    const { limit, windowMs } = HOLD_LIMITS.perIp;
    // Fresh accounts each time, so the per-account daily limit never speaks.
    for (let i = 0; i < limit; i++)
      expect((await holdAs(`t${i}@contoh.id`, i, '203.0.113.5')).ok).toBe(true);
    const before = await held();
    expect(await holdAs('lagi@contoh.id', limit, '203.0.113.5')).toEqual({
      ok: false,
      code: 'ip_limit',
    });
    expect(await held()).toBe(before);
    expect((await holdAs('lain@contoh.id', limit, '198.51.100.7')).ok).toBe(true);
    advanceClock(windowMs + 1);
    expect((await holdAs('besok@contoh.id', limit + 1, '203.0.113.5')).ok).toBe(true);
  });

  it('a refused hold (a taken seat) does not count against the address', async () => {
    expect((await holdAs('a@contoh.id', 0, '203.0.113.6')).ok).toBe(true);
    for (let i = 0; i < HOLD_LIMITS.perIp.limit + 2; i++)
      expect(await holdAs(`b${i}@contoh.id`, 0, '203.0.113.6')).toEqual({
        ok: false,
        code: 'seat_taken',
      });
    expect((await holdAs('c@contoh.id', 1, '203.0.113.6')).ok).toBe(true);
  });
});
