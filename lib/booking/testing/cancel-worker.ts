/**
 * One of several simultaneous cancellations of one booking: waits for the shared start instant,
 * cancels, prints the result as JSON. Run by lib/booking/cancel.test.ts in several OS processes.
 */
import { cancelBooking } from '../cancel';

const [userId, code, startAt] = process.argv.slice(2);
setTimeout(
  () => {
    cancelBooking(Number(userId), code!).then((result) =>
      process.stdout.write(JSON.stringify(result) + '\n'),
    );
  },
  Math.max(0, Number(startAt) - Date.now()),
);
