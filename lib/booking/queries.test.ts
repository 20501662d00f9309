import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceClock } from '@/lib/clock';
import { addPassenger, coachId, demoUserId, tripOf, openSeededDb } from '@/lib/testing/seeded-db';
import { createHold } from './hold';
import { HoldSchema } from './hold-schema';
import { getOwnBooking, listOwnBookings } from './queries';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

async function hold(userId: number, seat: string) {
  const result = await createHold(
    userId,
    HoldSchema.parse({
      tripId: await tripOf('2'),
      origin: 'GMR',
      destination: 'SBI',
      seatClass: 'eksekutif',
      adults: [
        {
          name: 'Siti Rahayu',
          idType: 'nik',
          idNumber: '3174055204950003',
          seat: `${await coachId('2', 'EKS-2')}:${seat}`,
        },
      ],
      infants: [],
      contactName: 'Siti Rahayu',
      contactEmail: 'siti@contoh.id',
      contactPhone: '081234567890',
    }),
  );
  if (!result.ok) throw new Error(result.code);
  return result.bookingCode;
}

describe('booking queries', () => {
  it('shows a booking to its owner only', async () => {
    const owner = await demoUserId();
    const code = await hold(owner, '1A');
    expect(await getOwnBooking(owner, code)).toMatchObject({
      code,
      trainName: 'Argo Bromo Anggrek',
      originCode: 'GMR',
      destinationCode: 'SBI',
      total: 820000,
    });
    expect((await getOwnBooking(owner, code))!.passengers).toEqual([
      expect.objectContaining({
        name: 'Siti Rahayu',
        coach: 'EKS-2',
        seatLabel: '1A',
        type: 'adult',
      }),
    ]);
    expect(await getOwnBooking(await addPassenger('orang@contoh.id'), code)).toBeNull();
    expect(await getOwnBooking(owner, 'not-a-code')).toBeNull();
  });

  it('groups Tiket Saya into awaiting payment and cancelled/expired', async () => {
    const owner = await demoUserId();
    const first = await hold(owner, '1A');
    advanceClock(61 * 60_000);
    const second = await hold(owner, '1B');
    const groups = await listOwnBookings(owner);
    expect(groups.awaiting.map((b) => b.code)).toEqual([second]);
    expect(groups.closed.map((b) => [b.code, b.status])).toEqual([[first, 'expired']]);
    expect(groups.upcoming).toEqual([]);
  });
});
