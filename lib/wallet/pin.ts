import 'server-only';
import { and, eq } from 'drizzle-orm';
import { inTransaction } from '@/db';
import { MAX_PIN_FAILURES, wallets } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { sendMessage } from '@/lib/notify/sender';
import { checkPin } from './pin-verifier';
import { PIN_LOCK_MS } from './tiers';

export type PinCheck =
  | { ok: true }
  | { ok: false; code: 'wallet_inactive' }
  | { ok: false; code: 'pin_wrong'; attemptsLeft: number }
  | { ok: false; code: 'pin_wrong_locked' | 'pin_locked'; retryAfterSeconds: number };

type Reservation =
  | { ok: true; walletId: number; stored: string; phone: string; attempt: number }
  | Exclude<PinCheck, { ok: true }>;

export const LOCK_MESSAGE =
  'PIN KAIPay Anda salah 3 kali. Pembayaran dengan KAIPay dikunci selama 60 menit. Jika ini bukan Anda, segera atur ulang PIN lewat menu Lupa PIN.';

/**
 * Spends one attempt before the PIN is checked, in one serializable transaction: parallel guesses
 * from any number of processes are serialised here (SQLite's write lock; on PostgreSQL the losers of
 * a conflict rerun and see the count the winner wrote), so at most three are ever checked. The third
 * attempt sets the lock at once; a right PIN on that attempt lifts it again.
 */
function reserveAttempt(userId: number): Promise<Reservation> {
  return inTransaction(async (tx): Promise<Reservation> => {
    const t = now();
    const [w] = await tx
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
    if (!w || w.step !== 'active' || !w.pinHash) return { ok: false, code: 'wallet_inactive' };
    if (w.lockedUntil && w.lockedUntil > t)
      return {
        ok: false,
        code: 'pin_locked',
        retryAfterSeconds: Math.ceil((w.lockedUntil - t) / 1000),
      };
    // A lock that has run out starts a fresh count.
    const attempt = (w.lockedUntil ? 0 : w.failures) + 1;
    await tx
      .update(wallets)
      .set({
        pinFailures: attempt,
        pinLockedUntil: attempt >= MAX_PIN_FAILURES ? t + PIN_LOCK_MS : null,
      })
      .where(eq(wallets.id, w.id));
    return { ok: true, walletId: w.id, stored: w.pinHash, phone: w.phone, attempt };
  });
}

/**
 * Checks a user's wallet PIN (for payments, PIN changes and checkout). Each wrong PIN counts
 * atomically in the database; the third locks payments for 60 minutes and tells the phone.
 * A right PIN clears the count. The PIN is never logged.
 *
 * Three steps, so an old argon2 hash is never checked inside a transaction (it is slow: it would
 * hold the write lock, and a PostgreSQL retry would run it again): reserve the attempt (a
 * transaction), compare (none), clear the count on success (a second transaction). A right PIN
 * whose wallet still holds an argon2 hash gets the keyed verifier (pin-verifier.ts) in that second
 * transaction; a wrong one changes nothing but the count.
 */
export async function verifyWalletPin(userId: number, pin: string): Promise<PinCheck> {
  const r = await reserveAttempt(userId);
  if (!r.ok) return r;
  const match = await checkPin(r.stored, userId, pin);
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
            eq(wallets.id, r.walletId),
            eq(wallets.pinFailures, r.attempt),
            eq(wallets.pinHash, r.stored),
          ),
        ),
    );
    return { ok: true };
  }
  log.warn('kaipay.pin_wrong', { userId, attempt: r.attempt });
  if (r.attempt < MAX_PIN_FAILURES)
    return { ok: false, code: 'pin_wrong', attemptsLeft: MAX_PIN_FAILURES - r.attempt };
  await sendMessage({ phone: r.phone, body: LOCK_MESSAGE });
  return { ok: false, code: 'pin_wrong_locked', retryAfterSeconds: PIN_LOCK_MS / 1000 };
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
