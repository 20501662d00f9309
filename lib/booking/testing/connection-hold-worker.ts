/**
 * One competitor in the race for one seat of a connection's second train: waits for the shared
 * start instant, then holds either the whole connection (its own seat on the first train, the
 * contested seat on the second) or a direct Taksaka journey over the contested seat, and prints
 * the result as JSON. Run by lib/booking/connection-race.test.ts.
 */
import { createHold } from '../hold';
import { connectionInput, directOnLeg2 } from './connection';

const [userId, kind, firstSeat, contested, startAt] = process.argv.slice(2);
const input =
  kind === 'connection'
    ? connectionInput([firstSeat!], [contested!])
    : directOnLeg2(contested!, firstSeat === 'CN' ? 'CN' : 'GMR', 'YK');
const wait = Number(startAt) - Date.now();
setTimeout(
  () => {
    process.stdout.write(JSON.stringify(createHold(Number(userId), input)) + '\n');
  },
  Math.max(0, wait),
);
