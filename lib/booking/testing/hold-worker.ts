/**
 * One competitor in the double-booking race: waits for the shared start instant, then tries to
 * hold one seat and prints the result as JSON. Run by lib/booking/concurrency.test.ts.
 */
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
const wait = Number(startAt) - Date.now();
setTimeout(
  () => {
    process.stdout.write(JSON.stringify(createHold(Number(userId), input)) + '\n');
  },
  Math.max(0, wait),
);
