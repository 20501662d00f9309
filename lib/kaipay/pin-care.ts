import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { wallets } from '@/db/schema';
import { log } from '@/lib/log';
import {
  checkOtp,
  issueOtp,
  resendWaitSeconds,
  type CheckResult,
  type OtpRefusal,
} from './otp-store';
import { maskPhone, otpMessage } from './otp';
import { sendMessage } from '@/lib/notify/sender';
import type { Channel } from '@/db/schema';
import { checkPin, pinVerifier } from '@/lib/wallet/pin-verifier';
import { pinProblem, type PinProblem } from '@/lib/wallet/pin-rules';
import { storePinVerifier, verifyWalletPin, type PinCheck } from '@/lib/wallet/pin';

export type PinCareRefusal =
  | 'wallet_inactive'
  | 'pin_same'
  | PinProblem
  | Extract<PinCheck, { ok: false }>['code']
  | OtpRefusal
  | Extract<CheckResult, { ok: false }>['code'];
export type PinCareResult =
  | { ok: true; channel?: Channel }
  | {
      ok: false;
      code: PinCareRefusal;
      field?: 'pin' | 'oldPin' | 'code';
      attemptsLeft?: number;
      retryAfterSeconds?: number;
    };

async function personal(userId: number) {
  const [w] = await getDb()
    .select({
      step: wallets.step,
      birthDate: wallets.birthDate,
      phone: wallets.phone,
      pinHash: wallets.pinHash,
    })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  return w;
}

/** Ubah PIN: the old PIN is required (and counts toward the lock); the new one must differ and not be trivial. */
export async function changePin(
  userId: number,
  oldPin: string,
  newPin: string,
): Promise<PinCareResult> {
  const w = await personal(userId);
  if (w?.step !== 'active') return { ok: false, code: 'wallet_inactive' };
  const problem = pinProblem(newPin, w);
  if (problem) return { ok: false, code: problem, field: 'pin' };
  const check = await verifyWalletPin(userId, oldPin);
  if (!check.ok) return { ...check, field: 'oldPin' };
  if (newPin === oldPin) return { ok: false, code: 'pin_same', field: 'pin' };
  await storePinVerifier(userId, pinVerifier(userId, newPin));
  log.info('kaipay.pin_changed', { userId });
  return { ok: true };
}

/** Lupa PIN, part 1: sends an OTP to the wallet's registered phone. */
export async function requestPinReset(userId: number, channel?: Channel): Promise<PinCareResult> {
  const issued = await inTransaction(async (tx) => {
    const [w] = await tx
      .select({ step: wallets.step, phone: wallets.phone })
      .from(wallets)
      .where(eq(wallets.userId, userId))
      .limit(1);
    if (w?.step !== 'active') return { ok: false as const, code: 'wallet_inactive' as const };
    return {
      ...(await issueOtp(tx, { userId, purpose: 'pin_reset', phone: w.phone, channel })),
      phone: w.phone,
    };
  });
  if (!issued.ok) return issued;
  return sendMessage({
    phone: issued.phone,
    body: otpMessage(issued.otp, 'pin_reset'),
    secret: issued.otp,
    channel: issued.channel,
  }).then(({ channel: used }) => ({ ok: true as const, channel: used }));
}

class SamePin extends Error {}

/** Lupa PIN, part 2: the OTP and a new PIN; a right code sets the PIN and lifts any lock. */
export async function resetPin(
  userId: number,
  code: string,
  newPin: string,
): Promise<PinCareResult> {
  const w = await personal(userId);
  if (w?.step !== 'active' || !w.pinHash) return { ok: false, code: 'wallet_inactive' };
  const problem = pinProblem(newPin, w);
  if (problem) return { ok: false, code: problem, field: 'pin' };
  // Whether the new PIN equals the old one is told only after a right OTP: answering it first would
  // let anyone holding the session test PINs here without the OTP and outside the PIN lock. The
  // comparison runs before the transaction: an old PIN may still be a slow argon2 hash.
  const same = (await checkPin(w.pinHash, userId, newPin)).matches;
  const pinHash = pinVerifier(userId, newPin);
  let result: PinCareResult;
  try {
    result = await inTransaction(async (tx): Promise<PinCareResult> => {
      const checked = await checkOtp(tx, { userId, purpose: 'pin_reset', code });
      if (!checked.ok) return { ...checked, field: 'code' };
      // Roll back so the right code is not used up by a refused PIN.
      if (same) throw new SamePin();
      await tx
        .update(wallets)
        .set({ pinHash, pinFailures: 0, pinLockedUntil: null })
        .where(eq(wallets.userId, userId));
      return { ok: true };
    });
  } catch (error) {
    if (!(error instanceof SamePin)) throw error;
    result = { ok: false, code: 'pin_same', field: 'pin' };
  }
  if (result.ok) log.info('kaipay.pin_reset', { userId });
  return result;
}

/** For the Lupa PIN page: the masked registered phone and the resend countdown, or null without a wallet. */
export async function pinResetInfo(
  userId: number,
): Promise<{ phoneMasked: string; resendInSeconds: number } | null> {
  const db = getDb();
  const [w] = await db
    .select({ step: wallets.step, phone: wallets.phone })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  if (w?.step !== 'active') return null;
  return {
    phoneMasked: maskPhone(w.phone),
    resendInSeconds: await resendWaitSeconds(db, userId, 'pin_reset'),
  };
}
