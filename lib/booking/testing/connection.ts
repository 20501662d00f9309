import { HoldSchema, type HoldInput } from '../hold-schema';
import { coachId, tripOf } from '@/lib/testing/seeded-db';

/**
 * A seeded connection with no direct train: Pekalongan → Yogyakarta as Argo Sindoro 21 PK → CN
 * (Eksekutif Rp 205.000) then, after a change of about 3.5 h at Cirebon, Taksaka 44 CN → YK
 * (Eksekutif Rp 370.000), two days ahead. `seats` are EKS-1 labels on train 21, `seats2` on 44.
 */
export async function connectionInput(
  seats: string[],
  seats2: string[],
  overrides: Partial<Record<'tripId2' | 'origin2', string | number>> = {},
): Promise<HoldInput> {
  const c1 = await coachId('21', 'EKS-1');
  const c2 = await coachId('44', 'EKS-1');
  return HoldSchema.parse({
    tripId: await tripOf('21', 2),
    origin: 'PK',
    destination: 'CN',
    seatClass: 'eksekutif',
    leg2: {
      tripId: overrides.tripId2 ?? (await tripOf('44', 2)),
      origin: overrides.origin2 ?? 'CN',
      destination: 'YK',
      seatClass: 'eksekutif',
    },
    adults: seats.map((s, i) => ({
      name: `Penumpang ${'ABCD'[i]}`,
      idType: 'nik',
      idNumber: '3174055204950003',
      seat: `${c1}:${s}`,
      seat2: `${c2}:${seats2[i]}`,
    })),
    infants: [],
    contactName: 'Siti Rahayu',
    contactEmail: 'siti@contoh.id',
    contactPhone: '081234567890',
  });
}

/** A direct Taksaka 44 hold input on the connection's second train (same date). */
export async function directOnLeg2(
  seat: string,
  origin = 'GMR',
  destination = 'YK',
): Promise<HoldInput> {
  const coach = await coachId('44', 'EKS-1');
  return HoldSchema.parse({
    tripId: await tripOf('44', 2),
    origin,
    destination,
    seatClass: 'eksekutif',
    adults: [
      {
        name: 'Penumpang Langsung',
        idType: 'nik',
        idNumber: '3174055204950003',
        seat: `${coach}:${seat}`,
      },
    ],
    infants: [],
    contactName: 'Budi Santoso',
    contactEmail: 'budi@contoh.id',
    contactPhone: '081234567891',
  });
}
