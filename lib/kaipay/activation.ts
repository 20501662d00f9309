import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { users, wallets, type Channel } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { openWalletAccount } from '@/lib/ledger/accounts';
import { sendMessage } from '@/lib/notify/sender';
import { pinProblem, type PinProblem } from '@/lib/wallet/pin-rules';
import { pinVerifier } from '@/lib/wallet/pin-verifier';
import { tierLimits } from '@/lib/wallet/tiers';
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

/** Where the user is in activation; the server alone decides which step a page may show. */
export async function activationState(userId: number): Promise<ActivationState> {
  const db = getDb();
  const [w] = await db
    .select({ step: wallets.step, phone: wallets.phone })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  if (w?.step === 'active' || w?.step === 'pin') return { step: w.step };
  if (w?.step === 'otp')
    return {
      step: 'otp',
      phoneMasked: maskPhone(w.phone),
      phone: w.phone.replace(/^\+62/, '0'),
      resendInSeconds: await resendWaitSeconds(db, userId, 'activation'),
      block: await otpBlock(db, userId, 'activation'),
    };
  const [u] = await db
    .select({
      fullName: users.fullName,
      nik: users.nik,
      birthDate: users.birthDate,
      phone: users.phone,
      email: users.email,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!u) throw new Error(`No user ${userId}`);
  return { step: 'identity', prefill: { ...u, phone: u.phone.replace(/^\+62/, '0') } };
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
async function accountPhone(tx: Tx, userId: number): Promise<string> {
  const [u] = await tx
    .select({ phone: users.phone })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!u) throw new Error(`No user ${userId}`);
  return u.phone;
}

/**
 * Step 1: records the identity and sends the first OTP to the account's own phone (the form shows
 * it read-only; a number typed anywhere is never used). Only possible before any step was taken.
 */
export async function submitIdentity(userId: number, input: IdentityInput): Promise<StepResult> {
  // The schema demands it too; the lib refuses on its own whatever called it.
  if (input.consent !== 'yes') return { ok: false, code: 'consent_required' };
  const result = await inTransaction(
    async (tx): Promise<{ issued: IssueResult; phone: string } | Refusal> => {
      const [started] = await tx
        .select({ id: wallets.id })
        .from(wallets)
        .where(eq(wallets.userId, userId))
        .limit(1);
      if (started) return { ok: false, code: 'step_invalid' };
      const phone = await accountPhone(tx, userId);
      const issued = await issueOtp(tx, {
        userId,
        purpose: 'activation',
        phone,
        channel: input.channel,
      });
      if (!issued.ok) return issued;
      const { fullName, nik, birthDate, email } = input;
      await tx.insert(wallets).values({
        userId,
        step: 'otp',
        ...(await tierLimits('regular', tx)),
        fullName,
        nik,
        birthDate,
        phone,
        email,
        createdAt: now(),
      });
      return { issued, phone };
    },
  );
  if ('code' in result) return result;
  log.info('kaipay.activation.identity', { userId });
  return deliver(result.issued, result.phone, 'activation');
}

/** Sends a new activation code (after 60 s; by SMS when asked). The failure count is kept. */
export async function resendActivationOtp(userId: number, channel?: Channel): Promise<StepResult> {
  const result = await inTransaction(
    async (tx): Promise<{ issued: IssueResult; phone: string } | Refusal> => {
      const [w] = await tx
        .select({ step: wallets.step, phone: wallets.phone })
        .from(wallets)
        .where(eq(wallets.userId, userId))
        .limit(1);
      if (w?.step !== 'otp') return { ok: false, code: 'step_invalid' };
      // The account's number, even for a wallet started before activation used it.
      const phone = await accountPhone(tx, userId);
      if (phone !== w.phone)
        await tx.update(wallets).set({ phone }).where(eq(wallets.userId, userId));
      return {
        issued: await issueOtp(tx, { userId, purpose: 'activation', phone, channel }),
        phone,
      };
    },
  );
  if ('code' in result) return result;
  return deliver(result.issued, result.phone, 'activation');
}

/** Step 2: checks the code; only a wallet waiting for its OTP moves on to the PIN step. */
export function verifyActivationOtp(userId: number, code: string): Promise<StepResult> {
  return inTransaction(async (tx): Promise<StepResult> => {
    const [w] = await tx
      .select({ step: wallets.step })
      .from(wallets)
      .where(eq(wallets.userId, userId))
      .limit(1);
    if (w?.step !== 'otp') return { ok: false, code: 'step_invalid' };
    const checked: CheckResult = await checkOtp(tx, { userId, purpose: 'activation', code });
    if (!checked.ok) return checked;
    await tx
      .update(wallets)
      .set({ step: 'pin' })
      .where(and(eq(wallets.userId, userId), eq(wallets.step, 'otp')));
    return { ok: true };
  });
}

/** Step 3: sets the PIN and activates the wallet (Regular tier) with its ledger account. */
export async function setActivationPin(userId: number, pin: string): Promise<StepResult> {
  const [w] = await getDb()
    .select({ step: wallets.step, birthDate: wallets.birthDate, phone: wallets.phone })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  if (w?.step !== 'pin') return { ok: false, code: 'step_invalid' };
  const problem = pinProblem(pin, w);
  if (problem) return { ok: false, code: problem };
  // A keyed verifier, not a slow hash: pin-verifier.ts says why.
  const pinHash = pinVerifier(userId, pin);
  const activated = await inTransaction(async (tx): Promise<StepResult> => {
    const [done] = await tx
      .update(wallets)
      .set({ step: 'active', pinHash, activatedAt: now() })
      .where(and(eq(wallets.userId, userId), eq(wallets.step, 'pin')))
      .returning({ id: wallets.id });
    // A parallel request finished the step first: the state machine refuses a repeat.
    if (!done) return { ok: false, code: 'step_invalid' };
    await openWalletAccount(tx, done.id);
    return { ok: true };
  });
  if (activated.ok) log.info('kaipay.activated', { userId });
  return activated;
}

/** Starts activation again (a mistyped NIK, say). Counters on the OTP stay, so it buys no extra tries. */
export async function restartActivation(userId: number): Promise<void> {
  await inTransaction(async (tx) => {
    await tx
      .delete(wallets)
      .where(and(eq(wallets.userId, userId), inArray(wallets.step, ['otp', 'pin'])));
  });
}
