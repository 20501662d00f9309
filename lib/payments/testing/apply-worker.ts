/** Applies one notification body (argv[2], JSON) at a shared start instant; prints the result. */
import { sql } from 'drizzle-orm';
import { closeDb, row } from '@/db';
import { applyNotification } from '../apply';
import { NotificationSchema } from '../notification';

const [body, startAt] = process.argv.slice(2);
// Connected before the start instant, so the race is between applications, not connection setups.
await row(sql`select 1 as one`);
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
const result = await applyNotification(NotificationSchema.parse(JSON.parse(body!)), body!);
await closeDb();
process.stdout.write(JSON.stringify(result) + '\n');
