/**
 * Crash test setup (e2e/crash-payments.spec.ts): N passengers who can log in (a real password
 * hash), with an active KAIPay (PIN 582917) holding Rp 1.000.000, and the trip their holds use.
 * Prints { passengers, trip } as JSON. Works on whichever engine the environment names.
 */
import { sql } from 'drizzle-orm';
import { closeDb, execute, inTransaction, row } from '@/db';
import { hashPassword } from '@/lib/auth/password';
import { coachId, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { CRASH_OPENING, CRASH_PASSWORD, CRASH_PIN } from './crash-payments-constants';

const count = Number(process.argv[2] ?? 12);
const hash = await hashPassword(CRASH_PASSWORD);
const passengers: { userId: number; email: string; phone: string }[] = [];
for (let i = 0; i < count; i++) {
  const user = await activeWallet(CRASH_PIN, String(i % 9));
  await inTransaction((tx) =>
    execute(sql`update users set password_hash = ${hash} where id = ${user.id}`, tx),
  );
  await topUp(user.id, CRASH_OPENING, `crash-opening-${user.id}`);
  const { email } = (await row<{ email: string }>(
    sql`select email from users where id = ${user.id}`,
  ))!;
  passengers.push({ userId: user.id, email, phone: user.phone });
}
const trip = {
  tripId: await tripOf('2', 2),
  coaches: await Promise.all(['EKS-1', 'EKS-2', 'EKS-3'].map((c) => coachId('2', c))),
  origin: 'GMR',
  to: 'CN',
};
await closeDb();
process.stdout.write(JSON.stringify({ passengers, trip }) + '\n');
