import 'server-only';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { users, wallets } from '@/db/schema';
import { revokeSessions } from '@/lib/auth/accounts';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { refuser, transact, type Tx } from '@/lib/transaction';
import { recordAudit } from './audit';

export const ReasonSchema = z
  .string()
  .trim()
  .min(3, { error: 'reason_required' })
  .max(200, { error: 'reason_required' });

export const WalletActionSchema = z.object({
  userId: z.coerce.number().int().positive(),
  reason: ReasonSchema,
});

export type WalletAdminRefusal =
  'user_not_found' | 'wallet_not_found' | 'already_frozen' | 'not_frozen' | 'not_locked';
type Result = { ok: true } | { ok: false; code: WalletAdminRefusal };
const refuse = refuser<WalletAdminRefusal>();

type Input = { actorUserId: number; userId: number; reason: string };

/**
 * Freezes a passenger's wallet: from the next request it cannot pay or top up, and money a bank
 * sends for it is returned to the bank (settle.ts), refunds are owed to the bank. The balance stays
 * where it is. Conditional on not being frozen already; audited in the same transaction.
 */
export async function freezeWallet(input: Input): Promise<Result> {
  return transact<Result>(async (tx) => {
    const at = now();
    const [moved] = await tx
      .update(wallets)
      .set({ frozenAt: at })
      .where(and(eq(wallets.userId, input.userId), isNull(wallets.frozenAt)))
      .returning({ id: wallets.id, balance: wallets.balance });
    if (!moved)
      return refuse((await walletExists(tx, input.userId)) ? 'already_frozen' : 'wallet_not_found');
    await recordAudit(tx, {
      actorUserId: input.actorUserId,
      action: 'wallet.freeze',
      subject: `wallet:${moved.id}`,
      detail: input.reason,
      before: { frozen: false, balance: moved.balance },
      after: { frozen: true, frozenAt: at },
    });
    return { ok: true };
  });
}

/** Lifts a freeze; audited. Money returned meanwhile stays returned (the bank has it back). */
export async function unfreezeWallet(input: Input): Promise<Result> {
  return transact<Result>(async (tx) => {
    const [before] = await tx
      .select({ id: wallets.id, frozenAt: wallets.frozenAt })
      .from(wallets)
      .where(eq(wallets.userId, input.userId))
      .limit(1);
    if (!before) return refuse('wallet_not_found');
    const moved = await tx
      .update(wallets)
      .set({ frozenAt: null })
      .where(and(eq(wallets.id, before.id), isNotNull(wallets.frozenAt)))
      .returning({ id: wallets.id });
    if (moved.length !== 1) return refuse('not_frozen');
    await recordAudit(tx, {
      actorUserId: input.actorUserId,
      action: 'wallet.unfreeze',
      subject: `wallet:${before.id}`,
      detail: input.reason,
      before: { frozen: true, frozenAt: before.frozenAt },
      after: { frozen: false },
    });
    return { ok: true };
  });
}

/**
 * Lifts a PIN lock (three wrong PINs) after the passenger proved who they are to an officer: the
 * failure count goes back to 0. Refused when there is no lock and no failure to clear.
 */
export async function liftPinLock(input: Input): Promise<Result> {
  return transact<Result>(async (tx) => {
    const [w] = await tx
      .select({
        id: wallets.id,
        failures: wallets.pinFailures,
        lockedUntil: wallets.pinLockedUntil,
      })
      .from(wallets)
      .where(eq(wallets.userId, input.userId))
      .limit(1);
    if (!w) return refuse('wallet_not_found');
    const locked = w.lockedUntil !== null && w.lockedUntil > now();
    if (!locked && w.failures === 0) return refuse('not_locked');
    await tx
      .update(wallets)
      .set({ pinFailures: 0, pinLockedUntil: null })
      .where(eq(wallets.id, w.id));
    await recordAudit(tx, {
      actorUserId: input.actorUserId,
      action: 'wallet.pin_unlock',
      subject: `wallet:${w.id}`,
      detail: input.reason,
      before: { pinFailures: w.failures, pinLockedUntil: w.lockedUntil },
      after: { pinFailures: 0, pinLockedUntil: null },
    });
    return { ok: true };
  });
}

/**
 * Ends every session and API token of a user (revokeSessions bumps the session version and revokes
 * tokens; it nests inside this transaction as a savepoint), audited with the reason.
 */
export async function endUserSessions(input: Input): Promise<Result> {
  const result = await transact<Result>(async (tx) => {
    const [u] = await tx
      .select({ id: users.id, version: users.sessionVersion })
      .from(users)
      .where(eq(users.id, input.userId))
      .limit(1);
    if (!u) return refuse('user_not_found');
    await revokeSessions(u.id);
    await recordAudit(tx, {
      actorUserId: input.actorUserId,
      action: 'user.sessions_end',
      subject: `user:${u.id}`,
      detail: input.reason,
      before: { sessionVersion: u.version },
      after: { sessionVersion: u.version + 1 },
    });
    return { ok: true };
  });
  if (result.ok) log.info('admin.sessions_ended', { userId: input.userId });
  return result;
}

async function walletExists(tx: Tx, userId: number): Promise<boolean> {
  const [found] = await tx
    .select({ id: wallets.id })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  return !!found;
}
