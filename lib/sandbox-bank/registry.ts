import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { sandboxBankAccounts } from '@/db/schema';
import { now } from '@/lib/clock';
import type { BankAccountRegistration } from '@/lib/payments/provider';

/** Records a VA or payment code at the sandbox bank, as a gateway's "create VA" call would. */
export async function registerAccount(account: BankAccountRegistration): Promise<void> {
  await inTransaction(async (tx) => {
    await tx
      .insert(sandboxBankAccounts)
      .values({
        bank: account.bank,
        number: account.number,
        kind: account.kind,
        orderId: account.orderId ?? null,
        amount: account.amount ?? null,
        expiresAt: account.expiresAt ?? null,
        createdAt: now(),
      })
      .onConflictDoNothing();
  });
}

/** The bank's record of a number, or undefined (read inside the caller's transaction, if any). */
export async function findAccount(bank: string, number: string) {
  const [account] = await getDb()
    .select()
    .from(sandboxBankAccounts)
    .where(and(eq(sandboxBankAccounts.bank, bank), eq(sandboxBankAccounts.number, number)))
    .limit(1);
  return account;
}
