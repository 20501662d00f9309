import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, wallets, type Channel } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { openWalletAccount } from '@/lib/ledger/accounts';
import { sendMessage } from '@/lib/notify/sender';
import { pinProblem, type PinProblem } from '@/lib/wallet/pin-rules';
import { hashPin } from '@/lib/wallet/pin-hash';
import { TIER_LIMITS } from '@/lib/wallet/tiers';
import {
  checkOtp,
  issueOtp,
  otpBlock,
  resendWaitSeconds,
  type CheckResult,
  type IssueResult,
  type OtpBlock,
  type OtpRefusal,
} from './otp-store';
import { maskPhone, otpMessage } from './otp';
import type { Tx } from '@/lib/transaction';
import type { IdentityInput } from './schemas';

export type ActivationState =
  | {
      step: 'identity';
      prefill: { fullName: string; nik: string; birthDate: string; phone: string; email: string };
    }
  | {
      step: 'otp';
      phoneMasked: string;
      /** The account's own number (for the sandbox inbox link). */
      phone: string;
      resendInSeconds: number;
      block: OtpBlock | null;
    }
  | { step: 'pin' }
  | { step: 'active' };

export type ActivationRefusal =
  | 'consent_required'
  | 'step_invalid'
  | PinProblem
  | OtpRefusal
  | Extract<CheckResult, { ok: false }>['code'];
type Refusal = {
  ok: false;
  code: ActivationRefusal;
  retryAfterSeconds?: number;
  attemptsLeft?: number;
};
export type StepResult = { ok: true; channel?: Channel } | Refusal;

const immediate = { behavior: 'immediate' } as const;

/** Where the user is in activation; the server alone decides which step a page may show. */
export function activationState(userId: number): ActivationState {
  return getDb().transaction((tx) => {
    const w = tx
      .select({ step: wallets.step, phone: wallets.phone })
      .from(wallets)
      .where(eq(wallets.userId, userId))
      .get();
    if (w?.step === 'active' || w?.step === 'pin') return { step: w.step };
    if (w?.step === 'otp')
      return {
        step: 'otp',
        phoneMasked: maskPhone(w.phone),
        phone: w.phone.replace(/^\+62/, '0'),
        resendInSeconds: resendWaitSeconds(tx, userId, 'activation'),
        block: otpBlock(tx, userId, 'activation'),
      };
    const u = tx
      .select({
        fullName: users.fullName,
        nik: users.nik,
        birthDate: users.birthDate,
        phone: users.phone,
        email: users.email,
      })
      .from(users)
      .where(eq(users.id, userId))
      .get()!;
    return { step: 'identity', prefill: { ...u, phone: u.phone.replace(/^\+62/, '0') } };
  });
}

async function deliver(
  issued: IssueResult,
  phone: string,
  purpose: 'activation' | 'pin_reset',
): Promise<StepResult> {
  if (!issued.ok) return issued;
  const { channel } = await sendMessage({
    phone,
    body: otpMessage(issued.otp, purpose),
    secret: issued.otp,
    channel: issued.channel,
  });
  return { ok: true, channel };
}

/** The account's own phone number: the only number a wallet may be activated on. */
function accountPhone(tx: Tx, userId: number): string {
  return tx.select({ phone: users.phone }).from(users).where(eq(users.id, userId)).get()!.phone;
}

/**
 * Step 1: records the identity and sends the first OTP to the account's own phone (the form shows
 * it read-only; a number typed anywhere is never used). Only possible before any step was taken.
 */
export async function submitIdentity(userId: number, input: IdentityInput): Promise<StepResult> {
  // The schema demands it too; the lib refuses on its own whatever called it.
  if (input.consent !== 'yes') return { ok: false, code: 'consent_required' };
  const result = getDb().transaction((tx): { issued: IssueResult; phone: string } | Refusal => {
    if (tx.select({ id: wallets.id }).from(wallets).where(eq(wallets.userId, userId)).get())
      return { ok: false, code: 'step_invalid' };
    const phone = accountPhone(tx, userId);
    const issued = issueOtp(tx, { userId, purpose: 'activation', phone, channel: input.channel });
    if (!issued.ok) return issued;
    const { fullName, nik, birthDate, email } = input;
    tx.insert(wallets)
      .values({
        userId,
        step: 'otp',
        ...TIER_LIMITS.regular,
        fullName,
        nik,
        birthDate,
        phone,
        email,
        createdAt: now(),
      })
      .run();
    return { issued, phone };
  }, immediate);
  if ('code' in result) return result;
  log.info('kaipay.activation.identity', { userId });
  return deliver(result.issued, result.phone, 'activation');
}

/** Sends a new activation code (after 60 s; by SMS when asked). The failure count is kept. */
export async function resendActivationOtp(userId: number, channel?: Channel): Promise<StepResult> {
  const result = getDb().transaction((tx): { issued: IssueResult; phone: string } | Refusal => {
    const w = tx
      .select({ step: wallets.step, phone: wallets.phone })
      .from(wallets)
      .where(eq(wallets.userId, userId))
      .get();
    if (w?.step !== 'otp') return { ok: false, code: 'step_invalid' };
    // The account's number, even for a wallet started before activation used it.
    const phone = accountPhone(tx, userId);
    if (phone !== w.phone)
      tx.update(wallets).set({ phone }).where(eq(wallets.userId, userId)).run();
    return { issued: issueOtp(tx, { userId, purpose: 'activation', phone, channel }), phone };
  }, immediate);
  if ('code' in result) return result;
  return deliver(result.issued, result.phone, 'activation');
}

/** Step 2: checks the code; only a wallet waiting for its OTP moves on to the PIN step. */
export function verifyActivationOtp(userId: number, code: string): StepResult {
  return getDb().transaction((tx): StepResult => {
    const w = tx
      .select({ step: wallets.step })
      .from(wallets)
      .where(eq(wallets.userId, userId))
      .get();
    if (w?.step !== 'otp') return { ok: false, code: 'step_invalid' };
    const checked: CheckResult = checkOtp(tx, { userId, purpose: 'activation', code });
    if (!checked.ok) return checked;
    tx.update(wallets)
      .set({ step: 'pin' })
      .where(and(eq(wallets.userId, userId), eq(wallets.step, 'otp')))
      .run();
    return { ok: true };
  }, immediate);
}

/** Step 3: sets the PIN and activates the wallet (Regular tier) with its ledger account. */
export async function setActivationPin(userId: number, pin: string): Promise<StepResult> {
  const w = getDb()
    .select({ step: wallets.step, birthDate: wallets.birthDate, phone: wallets.phone })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .get();
  if (w?.step !== 'pin') return { ok: false, code: 'step_invalid' };
  const problem = pinProblem(pin, w);
  if (problem) return { ok: false, code: problem };
  const pinHash = await hashPin(pin);
  return getDb().transaction((tx): StepResult => {
    const t = now();
    const done = tx
      .update(wallets)
      .set({ step: 'active', pinHash, activatedAt: t })
      .where(and(eq(wallets.userId, userId), eq(wallets.step, 'pin')))
      .returning({ id: wallets.id })
      .get();
    // A parallel request finished the step first: the state machine refuses a repeat.
    if (!done) return { ok: false, code: 'step_invalid' };
    openWalletAccount(tx, done.id);
    log.info('kaipay.activated', { userId });
    return { ok: true };
  }, immediate);
}

/** Starts activation again (a mistyped NIK, say). Counters on the OTP stay, so it buys no extra tries. */
export function restartActivation(userId: number): void {
  getDb()
    .delete(wallets)
    .where(and(eq(wallets.userId, userId), inArray(wallets.step, ['otp', 'pin'])))
    .run();
}
