import { sql } from 'drizzle-orm';
import { execute, inTransaction, row } from '@/db';
import { postTransfer } from '@/lib/ledger/transfer';
import { systemAccountId, walletAccountId } from '@/lib/ledger/accounts';

/** A fee promo running forever (as seeded, the launch promo makes top-ups free). */
export async function addFeePromo(name = 'Gratis'): Promise<void> {
  await inTransaction((tx) =>
    execute(
      sql`insert into fee_promos (name, starts_at, ends_at, fee, created_at) values (${name}, 0, 9000000000000000, 0, 0)`,
      tx,
    ),
  );
}

/** A wallet's balance, read from its row. */
export async function walletBalance(userId: number): Promise<number> {
  return (await row<{ balance: number }>(
    sql`select balance from wallets where user_id = ${userId}`,
  ))!.balance;
}

/** How many rows a table holds. */
export async function countRows(table: string): Promise<number> {
  return (await row<{ n: number }>(sql`select count(*) as n from ${sql.identifier(table)}`))!.n;
}

/** Spends from a wallet as a ticket payment would (`amount` defaults to the whole balance). */
export async function spend(userId: number, key: string, amount?: number): Promise<void> {
  await inTransaction(async (tx) => {
    const spent = amount ?? (await walletBalance(userId));
    const result = await postTransfer(tx, {
      kind: 'payment',
      idempotencyKey: key,
      reference: key,
      entries: [
        { accountId: (await walletAccountId(tx, userId))!, amount: -spent },
        { accountId: await systemAccountId(tx, 'ticket_revenue'), amount: spent },
      ],
    });
    if (!result.ok) throw new Error(result.code);
  });
}
