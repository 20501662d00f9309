/**
 * One competitor in the double-booking race: waits for the shared start instant, then tries to
 * hold one seat and prints the result as JSON. Run by lib/booking/concurrency.test.ts.
 */
import { closeDb } from '@/db';
import { createHold } from '../hold';
import { HoldSchema } from '../hold-schema';

const [userId, tripId, seat, origin, destination, startAt] = process.argv.slice(2);
const input = HoldSchema.parse({
  tripId,
  origin,
  destination,
  seatClass: 'eksekutif',
  adults: [{ name: 'Penumpang Balapan', idType: 'nik', idNumber: '3273011708900001', seat }],
  infants: [],
  contactName: 'Penumpang Balapan',
  contactEmail: 'balap@contoh.id',
  contactPhone: '081200000000',
});
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result = await createHold(Number(userId), input);
process.stdout.write(JSON.stringify(result) + '\n');
await closeDb();
