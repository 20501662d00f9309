/**
 * One payer in the checkout races: waits for the shared start instant, then pays a booking with
 * KAIPay ("pay": PIN and charge, as the action does; "charge": the money transaction alone) and
 * prints the result as JSON. Run by lib/checkout/pay-race.test.ts in several OS processes.
 */
import { chargeBooking, payWithKaipay } from '../pay-kaipay';

const [mode, userId, code, pin, startAt] = process.argv.slice(2);
setTimeout(
  () => {
    const run =
      mode === 'charge'
        ? chargeBooking(Number(userId), code!)
        : payWithKaipay(Number(userId), code!, pin!);
    run.then((result) => process.stdout.write(JSON.stringify(result) + '\n'));
  },
  Math.max(0, Number(startAt) - Date.now()),
);
