/** Crash test verdict: balances per VA, transfer count and ledger invariant problems, as JSON. */
import { getDb } from '@/db';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';

const sqlite = getDb().$client;
const balances = sqlite
  .prepare(
    `select pa.number, w.balance from payment_accounts pa join wallets w on w.user_id = pa.user_id where pa.kind = 'open_va' order by pa.number`,
  )
  .all();
const transfers = (
  sqlite.prepare("select count(*) n from ledger_transfers where kind = 'topup'").get() as {
    n: number;
  }
).n;
process.stdout.write(
  JSON.stringify({ balances, transfers, problems: checkLedgerInvariants() }) + '\n',
);
