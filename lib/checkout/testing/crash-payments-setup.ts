/**
 * Crash test setup (e2e/crash-payments.spec.ts): N passengers who can log in (a real password
 * hash), with an active KAIPay (PIN 582917) holding Rp 1.000.000, and the trip their holds use.
 * Prints { passengers, trip } as JSON.
 */
import { getDb } from '@/db';
import { hashPassword } from '@/lib/auth/password';
import { coachId, tripOf } from '@/lib/testing/seeded-db';
import { activeWallet, topUp } from '@/lib/wallet/testing/fixtures';
import { CRASH_OPENING, CRASH_PASSWORD, CRASH_PIN } from './crash-payments-constants';

const count = Number(process.argv[2] ?? 12);
const sqlite = getDb().$client;
const hash = await hashPassword(CRASH_PASSWORD);
const passengers: { userId: number; email: string; phone: string }[] = [];
for (let i = 0; i < count; i++) {
  const user = await activeWallet(CRASH_PIN, String(i % 9));
  sqlite.prepare('update users set password_hash = ? where id = ?').run(hash, user.id);
  topUp(user.id, CRASH_OPENING, `crash-opening-${user.id}`);
  const { email } = sqlite.prepare('select email from users where id = ?').get(user.id) as {
    email: string;
  };
  passengers.push({ userId: user.id, email, phone: user.phone });
}
const trip = {
  tripId: tripOf('2', 2),
  coaches: ['EKS-1', 'EKS-2', 'EKS-3'].map((c) => coachId('2', c)),
  origin: 'GMR',
  to: 'CN',
};
sqlite.close();
process.stdout.write(JSON.stringify({ passengers, trip }) + '\n');
