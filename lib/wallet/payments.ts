import 'server-only';
import { eq } from 'drizzle-orm';
import { wallets } from '@/db/schema';
import { now } from '@/lib/clock';
import { systemAccountId, walletAccountId, type SystemAccount } from '@/lib/ledger/accounts';
import { existingTransfer, postTransfer } from '@/lib/ledger/transfer';
import type { Tx } from '@/lib/transaction';

export type DebitRefusal =
  | 'wallet_inactive'
  | 'wallet_frozen'
  | 'wallet_locked'
  | 'insufficient_balance'
  | 'invalid_amount'
  | 'idempotency_conflict';
export type DebitResult =
  | { ok: true; created: boolean; transferId: number; balanceAfter: number }
  | { ok: false; code: DebitRefusal };

/**
 * True while an admin has frozen the user's wallet (issue 11.5): it then neither pays nor receives;
 * bank money for it is returned to the bank and refunds are owed to the bank instead.
 */
export async function isWalletFrozen(tx: Pick<Tx, 'select'>, userId: number): Promise<boolean> {
  const [row] = await tx
    .select({ frozenAt: wallets.frozenAt })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  return row?.frozenAt != null;
}

async function balanceOf(tx: Tx, userId: number): Promise<number> {
  const [row] = await tx
    .select({ balance: wallets.balance })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  return row?.balance ?? 0;
}

/**
 * Pays from a wallet, INSIDE the caller's transaction (checkout: mark the booking paid in the
 * same transaction). Verify the PIN first with `verifyWalletPin`; this re-checks the PIN lock so a
 * lock set meanwhile still holds. Moves `amount` from the wallet to `to` (default ticket_revenue).
 * Never throws for a business reason: a typed refusal, and nothing written. A repeated
 * idempotency key returns the first payment with `created: false`.
 */
export async function debitWalletForPayment(
  tx: Tx,
  input: {
    userId: number;
    amount: number;
    idempotencyKey: string;
    reference: string;
    to?: SystemAccount;
  },
): Promise<DebitResult> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
    return { ok: false, code: 'invalid_amount' };
  const done = await existingTransfer(tx, input.idempotencyKey);
  if (done) {
    return done.kind === 'payment' && done.amount === input.amount
      ? {
          ok: true,
          created: false,
          transferId: done.id,
          balanceAfter: await balanceOf(tx, input.userId),
        }
      : { ok: false, code: 'idempotency_conflict' };
  }
  const [w] = await tx
    .select({ step: wallets.step, lockedUntil: wallets.pinLockedUntil, frozenAt: wallets.frozenAt })
    .from(wallets)
    .where(eq(wallets.userId, input.userId))
    .limit(1);
  const account = await walletAccountId(tx, input.userId);
  if (!w || w.step !== 'active' || account === null) return { ok: false, code: 'wallet_inactive' };
  if (w.frozenAt !== null) return { ok: false, code: 'wallet_frozen' };
  if (w.lockedUntil && w.lockedUntil > now()) return { ok: false, code: 'wallet_locked' };
  const result = await postTransfer(tx, {
    kind: 'payment',
    idempotencyKey: input.idempotencyKey,
    reference: input.reference,
    entries: [
      { accountId: account, amount: -input.amount },
      { accountId: await systemAccountId(tx, input.to ?? 'ticket_revenue'), amount: input.amount },
    ],
  });
  if (!result.ok)
    return {
      ok: false,
      code:
        result.code === 'insufficient_balance' || result.code === 'idempotency_conflict'
          ? result.code
          : 'wallet_inactive',
    };
  return { ...result, balanceAfter: await balanceOf(tx, input.userId) };
}

export type CreditRefusal =
  | 'wallet_inactive'
  | 'wallet_frozen'
  | 'over_max_balance'
  | 'over_monthly_limit'
  | 'invalid_amount'
  | 'idempotency_conflict';
export type CreditResult =
  | { ok: true; created: boolean; transferId: number; balanceAfter: number }
  | { ok: false; code: CreditRefusal };

/**
 * Puts money into a wallet INSIDE the caller's transaction: a top-up from a bank clearing
 * account (`bankClearingAccountId`) or a refund (from `systemAccountId(tx, 'refunds_payable')`).
 * Refused, with nothing written, when the wallet is not active, frozen, or the tier's maximum balance or
 * monthly incoming limit would be passed (refunds do not count toward the monthly limit).
 */
export async function creditWallet(
  tx: Tx,
  input: {
    userId: number;
    amount: number;
    kind: 'topup' | 'refund' | 'adjustment';
    fromAccountId: number;
    idempotencyKey: string;
    reference: string;
  },
): Promise<CreditResult> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
    return { ok: false, code: 'invalid_amount' };
  const account = await walletAccountId(tx, input.userId);
  if (account === null)
    return (await existingTransfer(tx, input.idempotencyKey))
      ? { ok: false, code: 'idempotency_conflict' }
      : { ok: false, code: 'wallet_inactive' };
  // A frozen wallet takes nothing new; a credit already made under this key is still answered.
  if (
    (await isWalletFrozen(tx, input.userId)) &&
    !(await existingTransfer(tx, input.idempotencyKey))
  )
    return { ok: false, code: 'wallet_frozen' };
  const result = await postTransfer(tx, {
    kind: input.kind,
    idempotencyKey: input.idempotencyKey,
    reference: input.reference,
    entries: [
      { accountId: input.fromAccountId, amount: -input.amount },
      { accountId: account, amount: input.amount },
    ],
  });
  if (!result.ok)
    return {
      ok: false,
      code: result.code === 'insufficient_balance' ? 'wallet_inactive' : result.code,
    };
  return { ...result, balanceAfter: await balanceOf(tx, input.userId) };
}
