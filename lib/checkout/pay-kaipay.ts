import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { bookings } from '@/db/schema';
import { expireOverdue } from '@/lib/booking/expiry';
import { BOOKING_CODE_PATTERN } from '@/lib/booking/codes';
import { now } from '@/lib/clock';
import { refuser, transact, type Tx } from '@/lib/transaction';
import { log } from '@/lib/log';
import { debitWalletForPayment, type DebitRefusal } from '@/lib/wallet/payments';
import { checkPinInTransaction, finishPinCheck } from '@/lib/wallet/pin';
import { confirmBookingPaid, queueTicketMessage } from './confirm';

export type KaipayRefusal =
  | 'not_found'
  | 'hold_expired'
  | 'departed'
  | 'not_payable'
  | 'pin_wrong'
  | 'pin_wrong_locked'
  | 'pin_locked'
  | Exclude<DebitRefusal, 'invalid_amount'>;
export type KaipayPayResult =
  | { ok: true; alreadyPaid: boolean; balanceAfter?: number }
  | { ok: false; code: KaipayRefusal; attemptsLeft?: number; retryAfterSeconds?: number };

/** The idempotency key of a booking's KAIPay payment: a retry, a double click or a second tab pays once. */
export const kaipayPaymentKey = (code: string) => `booking:${code}:kaipay`;

// Annotated so a call narrows like a throw (TypeScript needs the explicit `never`).
const refuse: (code: KaipayRefusal) => never = refuser<KaipayRefusal>();

type Owned = {
  id: number;
  total: number;
  status: string;
  holdExpiresAt: number;
  departsAt: number;
};
async function ownBooking(
  tx: Pick<Tx, 'select'>,
  userId: number,
  code: string,
): Promise<Owned | undefined> {
  const [b] = await tx
    .select({
      id: bookings.id,
      total: bookings.total,
      status: bookings.status,
      holdExpiresAt: bookings.holdExpiresAt,
      departsAt: bookings.departsAt,
    })
    .from(bookings)
    .where(and(eq(bookings.code, code), eq(bookings.userId, userId)))
    .limit(1);
  return b;
}

function payable(b: Owned | undefined, at: number): KaipayRefusal | 'paid' | null {
  if (!b) return 'not_found';
  if (b.status === 'paid') return 'paid';
  if (b.status === 'expired' || (b.status === 'awaiting_payment' && b.holdExpiresAt <= at))
    return 'hold_expired';
  // A hold can outlive its train (booked shortly before departure); a ticket for a train that has
  // left is worth nothing, so it is not sold.
  if (b.status === 'awaiting_payment' && b.departsAt <= at) return 'departed';
  return b.status === 'awaiting_payment' ? null : 'not_payable';
}

/**
 * Pays a booking with KAIPay. The PIN is checked first (a wrong one counts toward the lock even
 * when the booking turns out unpayable, as at any payment terminal); then the charge re-reads the
 * booking (owner, still awaiting payment, hold not run out) and its total, debits the wallet (which
 * re-checks active, not frozen, not locked, enough balance) and marks the booking paid with its
 * tickets and e-ticket message.
 *
 * ONE transaction (one commit, behind SQLite's single writer) for a wallet whose PIN is a keyed
 * verifier: the PIN's outcome (a failure counted, or earlier failures cleared) and the charge. The
 * charge runs in a savepoint of it, so a refusal (too little balance, frozen, hold run out) undoes
 * the charge alone and the PIN's outcome still commits. A wallet still holding an old argon2 hash
 * takes three: its attempt is counted in that transaction, the hash compared outside any (it is
 * slow), the count cleared (and the hash upgraded) in a second, the charge in a third.
 */
export async function payWithKaipay(
  userId: number,
  code: string,
  pin: string,
): Promise<KaipayPayResult> {
  if (!BOOKING_CODE_PATTERN.test(code)) return { ok: false, code: 'not_found' };
  // Cheap early answers that need no PIN: someone else's booking, an expired hold, a paid one.
  await expireOverdue();
  const before = payable(await ownBooking(getDb(), userId, code), now());
  if (before === 'paid') return { ok: true, alreadyPaid: true };
  if (before) return { ok: false, code: before };
  const { step, charged } = await inTransaction(async (tx) => {
    const step = await checkPinInTransaction(tx, userId, pin);
    const decidedRight = step.kind === 'decided' && step.check.ok;
    return { step, charged: decidedRight ? await charge(userId, code) : null };
  });
  const pinCheck = await finishPinCheck(userId, pin, step);
  if (!pinCheck.ok)
    return pinCheck.code === 'wallet_inactive' ? { ok: false, code: 'wallet_inactive' } : pinCheck;
  return charged ? announce(charged) : chargeBooking(userId, code);
}

type ChargeOutcome =
  | { ok: true; alreadyPaid: boolean; balanceAfter?: number; bookingId: number }
  | { ok: false; code: KaipayRefusal };

/**
 * The money half of payWithKaipay, after the PIN was accepted: ONE serializable transaction re-reads
 * the booking and its total, debits the wallet, marks the booking paid with its tickets and writes
 * the e-ticket message to the outbox (one commit: the message exists exactly when the money moved);
 * only the logs come after the commit. Exported for the multi-process tests.
 */
export async function chargeBooking(userId: number, code: string): Promise<KaipayPayResult> {
  return announce(await charge(userId, code));
}

/**
 * The charge as one transaction, or as a savepoint when called inside one (payWithKaipay's): a
 * refusal rolls back everything it wrote and becomes the result. Database work only.
 */
function charge(userId: number, code: string): Promise<ChargeOutcome> {
  return transact(async (tx): Promise<ChargeOutcome> => {
    const at = now();
    // No expiry sweep in here: payable() refuses this booking once its hold is over, and sweeping
    // everyone's overdue holds would read the range of the bookings index that every payment
    // writes into (on PostgreSQL, parallel payments would then abort each other).
    const b = await ownBooking(tx, userId, code);
    const problem = payable(b, at);
    if (problem === 'paid') return { ok: true, alreadyPaid: true, bookingId: b!.id };
    if (problem) refuse(problem);
    const debit = await debitWalletForPayment(tx, {
      userId,
      amount: b!.total,
      idempotencyKey: kaipayPaymentKey(code),
      reference: code,
    });
    if (!debit.ok) refuse(debit.code === 'invalid_amount' ? 'not_payable' : debit.code);
    const confirmed = await confirmBookingPaid(tx, { bookingId: b!.id, method: 'kaipay', at });
    if (confirmed.result !== 'paid') refuse('not_payable');
    await queueTicketMessage(tx, b!.id);
    return { ok: true, alreadyPaid: false, balanceAfter: debit.balanceAfter, bookingId: b!.id };
  });
}

/** The charge's answer, logged once its transaction committed. */
function announce(outcome: ChargeOutcome): KaipayPayResult {
  if (!outcome.ok) return outcome;
  if (!outcome.alreadyPaid) {
    log.info('checkout.paid', { bookingId: outcome.bookingId, method: 'kaipay' });
    log.info('tickets.announced', { bookingId: outcome.bookingId });
  }
  return { ok: true, alreadyPaid: outcome.alreadyPaid, balanceAfter: outcome.balanceAfter };
}
