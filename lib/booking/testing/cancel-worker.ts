/**
 * One of several simultaneous cancellations of one booking: waits for the shared start instant,
 * cancels, prints the result as JSON. Run by lib/booking/cancel.test.ts in several OS processes.
 */
import { closeDb } from '@/db';
import { cancelBooking } from '../cancel';

const [userId, code, startAt] = process.argv.slice(2);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result = await cancelBooking(Number(userId), code!);
process.stdout.write(JSON.stringify(result) + '\n');
await closeDb();
