import 'server-only';
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Tx } from '@/db';
import { MAX_PIN_FAILURES, wallets } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { sendMessage } from '@/lib/notify/sender';
import { checkPin, isKeyedVerifier, keyedPinMatches } from './pin-verifier';
import { PIN_LOCK_MS } from './tiers';

export type PinCheck =
  | { ok: true }
  | { ok: false; code: 'wallet_inactive' }
  | { ok: false; code: 'pin_wrong'; attemptsLeft: number }
  | { ok: false; code: 'pin_wrong_locked' | 'pin_locked'; retryAfterSeconds: number };

/**
 * What checkPinInTransaction wrote and decided, for finishPinCheck once that transaction committed:
 * - `decided`: the answer is final. No active wallet, a lock still running, or a keyed verifier
 *   compared inside the transaction (its failure counted, or the count cleared, in it); `wrong`
 *   names the attempt a wrong PIN used, for the log and the lock message after the commit.
 * - `reserved`: the wallet still holds an old argon2 hash, too slow for a transaction: the attempt
 *   is counted (the third sets the lock) and the hash is checked after the commit.
 */
export type PinStep =
  | { kind: 'decided'; check: PinCheck; wrong?: { attempt: number; phone: string } }
  | { kind: 'reserved'; walletId: number; stored: string; phone: string; attempt: number };

export const LOCK_MESSAGE =
  'PIN KAIPay Anda salah 3 kali. Pembayaran dengan KAIPay dikunci selama 60 menit. Jika ini bukan Anda, segera atur ulang PIN lewat menu Lupa PIN.';

type WalletPin = {
  id: number;
  step: string;
  pinHash: string | null;
  phone: string;
  failures: number;
  lockedUntil: number | null;
};

/**
 * Decides a PIN INSIDE the caller's transaction (the caller may go on to charge in the same one).
 * Parallel guesses from any number of processes are serialised by that transaction (SQLite's write
 * lock; on PostgreSQL the losers of a conflict rerun and see the count the winner wrote), so at
 * most three are ever checked before the lock. Database work and an HMAC only: it may run again on
 * a PostgreSQL rerun. A wrong PIN's count is a returned value, never a throw, so it commits with
 * the transaction; the caller must not throw it away either.
 */
export async function checkPinInTransaction(tx: Tx, userId: number, pin: string): Promise<PinStep> {
  const t = now();
  const [w]: WalletPin[] = await tx
    .select({
      id: wallets.id,
      step: wallets.step,
      pinHash: wallets.pinHash,
      phone: wallets.phone,
      failures: wallets.pinFailures,
      lockedUntil: wallets.pinLockedUntil,
    })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  if (!w || w.step !== 'active' || !w.pinHash)
    return { kind: 'decided', check: { ok: false, code: 'wallet_inactive' } };
  if (w.lockedUntil && w.lockedUntil > t) {
    const retryAfterSeconds = Math.ceil((w.lockedUntil - t) / 1000);
    return { kind: 'decided', check: { ok: false, code: 'pin_locked', retryAfterSeconds } };
  }
  if (!isKeyedVerifier(w.pinHash)) {
    // The attempt is spent before the slow check, so parallel guesses cannot outrun the count.
    const attempt = await countAttempt(tx, w, t);
    return { kind: 'reserved', walletId: w.id, stored: w.pinHash, phone: w.phone, attempt };
  }
  if (keyedPinMatches(w.pinHash, userId, pin)) {
    // Most payments come with no failure to clear: no write then.
    if (w.failures !== 0 || w.lockedUntil !== null)
      await tx
        .update(wallets)
        .set({ pinFailures: 0, pinLockedUntil: null })
        .where(eq(wallets.id, w.id));
    return { kind: 'decided', check: { ok: true } };
  }
  const attempt = await countAttempt(tx, w, t);
  return { kind: 'decided', check: wrongPin(attempt), wrong: { attempt, phone: w.phone } };
}

/**
 * Counts one attempt on a wallet that is not locked (the one rule for both ways a PIN is stored):
 * a lock that has run out starts a fresh count, and the third attempt sets the 60-minute lock.
 */
async function countAttempt(tx: Tx, w: WalletPin, t: number): Promise<number> {
  const attempt = (w.lockedUntil ? 0 : w.failures) + 1;
  await tx
    .update(wallets)
    .set({
      pinFailures: attempt,
      pinLockedUntil: attempt >= MAX_PIN_FAILURES ? t + PIN_LOCK_MS : null,
    })
    .where(eq(wallets.id, w.id));
  return attempt;
}

function wrongPin(attempt: number): Exclude<PinCheck, { ok: true }> {
  return attempt < MAX_PIN_FAILURES
    ? { ok: false, code: 'pin_wrong', attemptsLeft: MAX_PIN_FAILURES - attempt }
    : { ok: false, code: 'pin_wrong_locked', retryAfterSeconds: PIN_LOCK_MS / 1000 };
}

/**
 * The rest of a PIN check, after checkPinInTransaction's transaction committed: a wrong PIN is
 * logged (never the PIN) and the one that locks tells the phone, sent only now so the lock stands
 * whatever the sending does. A reserved (argon2) attempt is checked here, outside any transaction;
 * a right one clears the count and replaces the hash with the keyed verifier (pin-verifier.ts) in
 * a second transaction, a wrong one changes nothing but the count already written.
 */
export async function finishPinCheck(
  userId: number,
  pin: string,
  step: PinStep,
): Promise<PinCheck> {
  if (step.kind === 'decided') {
    if (step.wrong) await afterWrongPin(userId, step.wrong.attempt, step.wrong.phone);
    return step.check;
  }
  const match = await checkPin(step.stored, userId, pin);
  if (match.matches) {
    // Only when no other attempt counted meanwhile (otherwise the stricter count stands) and the
    // PIN was not changed or reset meanwhile (the upgrade must never overwrite a newer PIN).
    await inTransaction((tx) =>
      tx
        .update(wallets)
        .set({
          pinFailures: 0,
          pinLockedUntil: null,
          ...(match.upgrade ? { pinHash: match.upgrade } : {}),
        })
        .where(
          and(
            eq(wallets.id, step.walletId),
            eq(wallets.pinFailures, step.attempt),
            eq(wallets.pinHash, step.stored),
          ),
        ),
    );
    return { ok: true };
  }
  await afterWrongPin(userId, step.attempt, step.phone);
  return wrongPin(step.attempt);
}

async function afterWrongPin(userId: number, attempt: number, phone: string): Promise<void> {
  log.warn('kaipay.pin_wrong', { userId, attempt });
  if (attempt >= MAX_PIN_FAILURES) await sendMessage({ phone, body: LOCK_MESSAGE });
}

/**
 * Checks a user's wallet PIN (for payments, PIN changes and checkout). Each wrong PIN counts
 * atomically in the database; the third locks payments for 60 minutes and tells the phone.
 * A right PIN clears the count. The PIN is never logged.
 *
 * A keyed verifier is decided in ONE transaction (one commit; a right PIN with no failures to
 * clear writes nothing). An old argon2 hash is never checked inside a transaction (it is slow: it
 * would hold the write lock, and a PostgreSQL retry would run it again): its attempt is counted in
 * that transaction, the hash compared after it, and a right PIN clears the count in a second one.
 */
export async function verifyWalletPin(userId: number, pin: string): Promise<PinCheck> {
  const step = await inTransaction((tx) => checkPinInTransaction(tx, userId, pin));
  return finishPinCheck(userId, pin, step);
}

/**
 * Stores a new PIN's verifier (pinVerifier in pin-verifier.ts) and clears failures and any lock
 * (after a change or a reset).
 */
export async function storePinVerifier(userId: number, verifier: string): Promise<boolean> {
  const stored = await inTransaction((tx) =>
    tx
      .update(wallets)
      .set({ pinHash: verifier, pinFailures: 0, pinLockedUntil: null })
      .where(and(eq(wallets.userId, userId), eq(wallets.step, 'active')))
      .returning({ id: wallets.id }),
  );
  return stored.length === 1;
}
