/** Crash test verdict: balances per VA, transfer count and ledger invariant problems, as JSON. */
import { sql } from 'drizzle-orm';
import { closeDb, row, rows } from '@/db';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';

const balances = await rows<{ number: string; balance: number }>(
  sql`select pa.number, w.balance from payment_accounts pa join wallets w on w.user_id = pa.user_id where pa.kind = 'open_va' order by pa.number`,
);
const transfers = (await row<{ n: number }>(
  sql`select count(*) as n from ledger_transfers where kind = 'topup'`,
))!.n;
const problems = await checkLedgerInvariants();
await closeDb();
process.stdout.write(JSON.stringify({ balances, transfers, problems }) + '\n');
