/**
 * Holds a series of seats one after another (one hold each) from one OS process, starting at a
 * shared instant, and prints every result as JSON. Run by lib/booking/hold-locks.test.ts next to
 * other processes doing the same, or cancelling the trip.
 * Arguments: mode userId tripId startAt seat…  (seats as "coachId:label")
 *   once             each seat once
 *   until-cancelled  round the seats again and again (up to 20 s) until the trip is refused
 */
import { closeDb } from '@/db';
import { createHold, type HoldResult } from '../hold';
import { HoldSchema } from '../hold-schema';

const [mode, userId, tripId, startAt, ...seats] = process.argv.slice(2);
const inputFor = (seat: string) =>
  HoldSchema.parse({
    tripId,
    origin: 'GMR',
    destination: 'YK',
    seatClass: 'eksekutif',
    adults: [{ name: 'Penumpang Serbu', idType: 'nik', idNumber: '3273011708900001', seat }],
    infants: [],
    contactName: 'Penumpang Serbu',
    contactEmail: 'serbu@contoh.id',
    contactPhone: '081200000000',
  });
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const results: HoldResult[] = [];
const until = Date.now() + 20_000;
for (let i = 0; mode === 'once' ? i < seats.length : Date.now() < until; i++) {
  const result = await createHold(Number(userId), inputFor(seats[i % seats.length]!));
  results.push(result);
  if (!result.ok && result.code === 'trip_unavailable') break;
}
process.stdout.write(JSON.stringify(results) + '\n');
await closeDb();
