import { createHold } from '@/lib/booking/hold';
import { HoldSchema } from '@/lib/booking/hold-schema';
import { coachId, tripOf } from '@/lib/testing/seeded-db';

/** Holds one Eksekutif seat on tomorrow's KA 44 GMR→YK for a passenger; returns the booking code. */
export async function holdSeat(userId: number, seat = '1A'): Promise<string> {
  const result = await createHold(
    userId,
    HoldSchema.parse({
      tripId: await tripOf('44'),
      origin: 'GMR',
      destination: 'YK',
      seatClass: 'eksekutif',
      adults: [
        {
          name: 'Dewi Lestari',
          idType: 'nik',
          idNumber: '3273015503920001',
          seat: `${await coachId('44', 'EKS-2')}:${seat}`,
        },
      ],
      infants: [],
      contactName: 'Dewi Lestari',
      contactEmail: 'dewi@contoh.id',
      contactPhone: '081299990000',
    }),
  );
  if (!result.ok) throw new Error(result.code);
  return result.bookingCode;
}
