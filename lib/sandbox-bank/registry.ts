import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { sandboxBankAccounts } from '@/db/schema';
import { now } from '@/lib/clock';
import type { BankAccountRegistration } from '@/lib/payments/provider';

/** Records a VA or payment code at the sandbox bank, as a gateway's "create VA" call would. */
export function registerAccount(account: BankAccountRegistration): void {
  getDb()
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
    .onConflictDoNothing()
    .run();
}

/** The bank's record of a number, or undefined. */
export function findAccount(bank: string, number: string) {
  return getDb()
    .select()
    .from(sandboxBankAccounts)
    .where(and(eq(sandboxBankAccounts.bank, bank), eq(sandboxBankAccounts.number, number)))
    .get();
}
