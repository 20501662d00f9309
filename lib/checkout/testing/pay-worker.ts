/**
 * One payer in the checkout races: waits for the shared start instant, then pays a booking with
 * KAIPay ("pay": PIN and charge, as the action does; "charge": the money transaction alone) and
 * prints the result as JSON. Run by lib/checkout/pay-race.test.ts in several OS processes, pointed
 * at the test's database (either engine) by the environment it passes.
 */
import { sql } from 'drizzle-orm';
import { closeDb, row } from '@/db';
import { chargeBooking, payWithKaipay } from '../pay-kaipay';

const [mode, userId, code, pin, startAt] = process.argv.slice(2);
// Connected before the start instant, so the race is between the payments, not connection setups.
await row(sql`select 1 as one`);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result =
  mode === 'charge'
    ? await chargeBooking(Number(userId), code!)
    : await payWithKaipay(Number(userId), code!, pin!);
await closeDb();
process.stdout.write(JSON.stringify(result) + '\n');
