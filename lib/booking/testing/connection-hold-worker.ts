/**
 * One competitor in the race for one seat of a connection's second train: waits for the shared
 * start instant, then holds either the whole connection (its own seat on the first train, the
 * contested seat on the second) or a direct Taksaka journey over the contested seat, and prints
 * the result as JSON. Run by lib/booking/connection-race.test.ts.
 */
import { closeDb } from '@/db';
import { createHold } from '../hold';
import { connectionInput, directOnLeg2 } from './connection';

const [userId, kind, firstSeat, contested, startAt] = process.argv.slice(2);
const input =
  kind === 'connection'
    ? await connectionInput([firstSeat!], [contested!])
    : await directOnLeg2(contested!, firstSeat === 'CN' ? 'CN' : 'GMR', 'YK');
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result = await createHold(Number(userId), input);
process.stdout.write(JSON.stringify(result) + '\n');
await closeDb();
