import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { advanceClock } from '@/lib/clock';
import { addPassenger, coachId, openSeededDb, tripOf } from '@/lib/testing/seeded-db';
import { HoldSchema } from './hold-schema';
import { createHold, HOLD_LIMITS } from './hold';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

const COLUMNS = ['A', 'B', 'C', 'D'];
/** One adult on Taksaka 44, Eksekutif 1, seat number n (rows 1..13, four seats a row). */
function seat(n: number) {
  return HoldSchema.parse({
    tripId: tripOf('44'),
    origin: 'GMR',
    destination: 'YK',
    seatClass: 'eksekutif',
    adults: [
      {
        name: 'Penumpang Satu',
        idType: 'nik',
        idNumber: '3273011708900001',
        seat: `${coachId('44', 'EKS-1')}:${Math.floor(n / 4) + 1}${COLUMNS[n % 4]}`,
      },
    ],
    infants: [],
    contactName: 'Siti Rahayu',
    contactEmail: 'siti@contoh.id',
    contactPhone: '081234567890',
  });
}
const held = () =>
  (getDb().$client.prepare('select count(*) n from bookings').get() as { n: number }).n;

describe('holds per client address (issue 9.12)', () => {
  it('throwaway accounts from one address cannot go on holding seats; another address can', () => {
    const { limit, windowMs } = HOLD_LIMITS.perIp;
    // Fresh accounts each time, so the per-account daily limit never speaks.
    for (let i = 0; i < limit; i++)
      expect(createHold(addPassenger(`t${i}@contoh.id`), seat(i), { ip: '203.0.113.5' }).ok).toBe(
        true,
      );
    const before = held();
    expect(createHold(addPassenger('lagi@contoh.id'), seat(limit), { ip: '203.0.113.5' })).toEqual({
      ok: false,
      code: 'ip_limit',
    });
    expect(held()).toBe(before);
    expect(createHold(addPassenger('lain@contoh.id'), seat(limit), { ip: '198.51.100.7' }).ok).toBe(
      true,
    );
    advanceClock(windowMs + 1);
    expect(
      createHold(addPassenger('besok@contoh.id'), seat(limit + 1), { ip: '203.0.113.5' }).ok,
    ).toBe(true);
  });

  it('a refused hold (a taken seat) does not count against the address', () => {
    const user = addPassenger('a@contoh.id');
    expect(createHold(user, seat(0), { ip: '203.0.113.6' }).ok).toBe(true);
    for (let i = 0; i < HOLD_LIMITS.perIp.limit + 2; i++)
      expect(createHold(addPassenger(`b${i}@contoh.id`), seat(0), { ip: '203.0.113.6' })).toEqual({
        ok: false,
        code: 'seat_taken',
      });
    expect(createHold(addPassenger('c@contoh.id'), seat(1), { ip: '203.0.113.6' }).ok).toBe(true);
  });
});
