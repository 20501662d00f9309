/** Crash test setup: N passengers with active wallets and an open BCA VA each; prints their VA numbers. */
import { closeDb } from '@/db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { ensureOpenVa } from '../accounts';

const count = Number(process.argv[2] ?? 20);
const numbers: string[] = [];
for (let i = 0; i < count; i++) {
  const user = await activeWallet('582917', String(i % 9));
  numbers.push((await ensureOpenVa(user.id, 'BCA')).number);
}
await closeDb();
process.stdout.write(JSON.stringify(numbers) + '\n');
