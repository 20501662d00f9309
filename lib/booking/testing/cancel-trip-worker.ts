/**
 * One of several simultaneous cancellations of one trip (several admins, several server processes):
 * waits for the shared start instant, cancels, prints the result as JSON. Run by
 * lib/booking/cancel-trip.test.ts in several OS processes.
 */
import { closeDb } from '@/db';
import { cancelTrip } from '../cancel-trip';

const [tripId, actorUserId, startAt] = process.argv.slice(2);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result = await cancelTrip({
  tripId: Number(tripId),
  actorUserId: Number(actorUserId),
  reason: 'Gangguan',
});
process.stdout.write(JSON.stringify(result) + '\n');
await closeDb();
