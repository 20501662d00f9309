/**
 * Setup for e2e/two-servers.pg-spec.ts, run in its own process against the shared PostgreSQL:
 * N passengers who can log in, each with an active, funded KAIPay (PIN in constants.ts), the trip and
 * coach they race for, and a signed bank notification for a top-up of the first passenger's VA.
 * Prints it all as JSON.
 */
import { sql } from 'drizzle-orm';
import { closeDb, execute, inTransaction, row } from '@/db';
import { hashPassword } from '@/lib/auth/password';
import { ensureOpenVa } from '@/lib/payments/accounts';
import { vaNotification } from '@/lib/payments/testing/notify-fixtures';
import { coachId, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { TWO_SERVERS_OPENING, TWO_SERVERS_PASSWORD, TWO_SERVERS_PIN } from './constants';

const count = Number(process.argv[2] ?? 12);
const hash = await hashPassword(TWO_SERVERS_PASSWORD);
const passengers: { userId: number; email: string; phone: string }[] = [];
for (let i = 0; i < count; i++) {
  const user = await activeWallet(TWO_SERVERS_PIN, String(i % 9));
  await inTransaction((tx) =>
    execute(sql`update users set password_hash = ${hash} where id = ${user.id}`, tx),
  );
  await topUp(user.id, TWO_SERVERS_OPENING, `two-servers-opening-${user.id}`);
  const { email } = (await row<{ email: string }>(
    sql`select email from users where id = ${user.id}`,
  ))!;
  passengers.push({ userId: user.id, email, phone: user.phone });
}
const { number } = await ensureOpenVa(passengers[0]!.userId, 'BCA');
const notification = vaNotification(number, 50_000);
const trip = {
  tripId: await tripOf('2', 3),
  coach: await coachId('2', 'EKS-1'),
  origin: 'GMR',
  to: 'CN',
};
await closeDb();
process.stdout.write(JSON.stringify({ passengers, trip, notification }) + '\n');
