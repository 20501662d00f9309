/**
 * One guesser in the parallel wrong-PIN race: waits for the shared start instant, tries a PIN and
 * prints the result as JSON. Run by lib/wallet/pin-race.test.ts in several OS processes, pointed at
 * the test's database (either engine) by the environment it passes.
 */
import { sql } from 'drizzle-orm';
import { closeDb, row } from '@/db';
import { verifyWalletPin } from '../pin';

const [userId, pin, startAt] = process.argv.slice(2);
// Connected before the start instant, so the race is between the guesses, not connection setups.
await row(sql`select 1 as one`);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result = await verifyWalletPin(Number(userId), pin!);
await closeDb();
process.stdout.write(JSON.stringify(result) + '\n');
