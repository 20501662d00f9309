import 'server-only';
import { sql } from 'drizzle-orm';
import { rows } from '@/db';
import { WIB_OFFSET_MS } from '@/lib/dates';

type Row = Record<string, number | string | null>;

/**
 * Checks every ledger invariant and returns the problems found (an empty list when all hold):
 * transfers balance to zero and match their amount; each wallet's balance equals the sum of its
 * entries, every entry's balance_after is the running sum, balances stay within 0..max; this month's
 * incoming total matches the entries and stays under the limit. Used by tests and admin reconciliation.
 */
export async function checkLedgerInvariants(): Promise<string[]> {
  const problems: string[] = [];

  for (const r of await rows<Row>(sql`select id, amount, n, total, positive from (
        select t.id, t.amount, count(e.id) n, coalesce(sum(e.amount), 0) total,
          coalesce(sum(case when e.amount > 0 then e.amount else 0 end), 0) positive
        from ledger_transfers t left join ledger_entries e on e.transfer_id = t.id
        group by t.id, t.amount) sums
      where n < 2 or total <> 0 or positive <> amount
      order by id`)) {
    problems.push(
      `transfer ${r.id}: ${r.n} entries summing to ${r.total}, positive ${r.positive} vs amount ${r.amount}`,
    );
  }
  for (const r of await rows<Row>(sql`select id, balance, total from (
        select w.id, w.balance, coalesce(sum(e.amount), 0) total from wallets w
        left join ledger_accounts a on a.wallet_id = w.id left join ledger_entries e on e.account_id = a.id
        group by w.id, w.balance) sums
      where total <> balance
      order by id`)) {
    problems.push(`wallet ${r.id}: balance ${r.balance} but its entries sum to ${r.total}`);
  }
  for (const r of await rows<Row>(sql`select id, account_id, balance_after, running from (
        select e.id, e.account_id, e.balance_after, sum(e.amount) over (partition by e.account_id order by e.id) running
        from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.kind = 'wallet') entries
      where balance_after is null or balance_after <> running or running < 0
      order by id`)) {
    problems.push(
      `entry ${r.id} (account ${r.account_id}): balance after ${r.balance_after}, running sum ${r.running}`,
    );
  }
  for (const r of await rows<Row>(sql`select id, balance, max_balance, month_in, monthly_in_limit from wallets
      where balance < 0 or balance > max_balance or month_in < 0 or month_in > monthly_in_limit
      order by id`)) {
    problems.push(
      `wallet ${r.id}: balance ${r.balance}/${r.max_balance}, incoming ${r.month_in}/${r.monthly_in_limit} out of bounds`,
    );
  }
  for (const r of await incomingMismatches()) {
    problems.push(`wallet ${r.id}: incoming this month ${r.monthIn} but entries say ${r.counted}`);
  }
  return problems;
}

/**
 * Wallets whose month_in disagrees with the incoming entries (positive, not refunds) of their
 * month_key's WIB month. The month's bounds are computed here, one query per month in use (usually
 * one or two), so the SQL stays the same on both engines.
 */
async function incomingMismatches(): Promise<{ id: number; monthIn: number; counted: number }[]> {
  const wallets = await rows<{ id: number; month_in: number; month_key: string }>(
    sql`select id, month_in, month_key from wallets order by id`,
  );
  const counted = new Map<number, number>();
  for (const month of new Set(wallets.map((w) => w.month_key))) {
    const bounds = wibMonthBounds(month);
    if (!bounds) continue; // a wallet that never received money has no month: nothing counted
    const sums = await rows<{ id: number; counted: number }>(sql`select w.id, sum(e.amount) counted
        from wallets w join ledger_accounts a on a.wallet_id = w.id
        join ledger_entries e on e.account_id = a.id join ledger_transfers t on t.id = e.transfer_id
        where w.month_key = ${month} and e.amount > 0 and t.kind <> 'refund'
          and e.created_at >= ${bounds.start} and e.created_at < ${bounds.end}
        group by w.id`);
    for (const s of sums) counted.set(Number(s.id), Number(s.counted));
  }
  return wallets
    .map((w) => ({
      id: Number(w.id),
      monthIn: Number(w.month_in),
      counted: counted.get(Number(w.id)) ?? 0,
    }))
    .filter((w) => w.monthIn !== w.counted);
}

/** Epoch-ms bounds [start, end) of a 'YYYY-MM' month in WIB, or null for anything else. */
function wibMonthBounds(month: string): { start: number; end: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const [year, monthIndex] = [Number(match[1]), Number(match[2]) - 1];
  return {
    start: Date.UTC(year, monthIndex, 1) - WIB_OFFSET_MS,
    end: Date.UTC(year, monthIndex + 1, 1) - WIB_OFFSET_MS,
  };
}
