import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';

type Row = Record<string, number | string | null>;

/**
 * Checks every ledger invariant and returns the problems found (an empty list when all hold):
 * transfers balance to zero and match their amount; each wallet's balance equals the sum of its
 * entries, every entry's balance_after is the running sum, balances stay within 0..max; this month's
 * incoming total matches the entries and stays under the limit. Used by tests and admin reconciliation.
 */
export function checkLedgerInvariants(): string[] {
  const db = getDb();
  const problems: string[] = [];
  const all = (query: ReturnType<typeof sql>) => db.all<Row>(query);

  for (const r of all(sql`select t.id, t.amount, count(e.id) n, coalesce(sum(e.amount), 0) total, coalesce(sum(max(e.amount, 0)), 0) positive
      from ledger_transfers t left join ledger_entries e on e.transfer_id = t.id group by t.id
      having n < 2 or total <> 0 or positive <> t.amount`)) {
    problems.push(
      `transfer ${r.id}: ${r.n} entries summing to ${r.total}, positive ${r.positive} vs amount ${r.amount}`,
    );
  }
  for (const r of all(sql`select w.id, w.balance, coalesce(sum(e.amount), 0) total from wallets w
      left join ledger_accounts a on a.wallet_id = w.id left join ledger_entries e on e.account_id = a.id
      group by w.id having total <> w.balance`)) {
    problems.push(`wallet ${r.id}: balance ${r.balance} but its entries sum to ${r.total}`);
  }
  for (const r of all(sql`select id, account_id, balance_after, running from (
        select e.id, e.account_id, e.balance_after, sum(e.amount) over (partition by e.account_id order by e.id) running
        from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.kind = 'wallet')
      where balance_after is null or balance_after <> running or running < 0`)) {
    problems.push(
      `entry ${r.id} (account ${r.account_id}): balance after ${r.balance_after}, running sum ${r.running}`,
    );
  }
  for (const r of all(sql`select id, balance, max_balance, month_in, monthly_in_limit from wallets
      where balance < 0 or balance > max_balance or month_in < 0 or month_in > monthly_in_limit`)) {
    problems.push(
      `wallet ${r.id}: balance ${r.balance}/${r.max_balance}, incoming ${r.month_in}/${r.monthly_in_limit} out of bounds`,
    );
  }
  for (const r of all(sql`select w.id, w.month_in, coalesce(sum(case when e.amount > 0 and t.kind <> 'refund'
        and strftime('%Y-%m', (e.created_at + 25200000) / 1000, 'unixepoch') = w.month_key then e.amount end), 0) counted
      from wallets w left join ledger_accounts a on a.wallet_id = w.id left join ledger_entries e on e.account_id = a.id
      left join ledger_transfers t on t.id = e.transfer_id group by w.id having counted <> w.month_in`)) {
    problems.push(`wallet ${r.id}: incoming this month ${r.month_in} but entries say ${r.counted}`);
  }
  return problems;
}
