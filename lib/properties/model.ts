import { wibDate, wibInstant } from '@/lib/dates';
import { SETTING_DEFAULTS } from '@/lib/settings';
import { ACTIVE_USERS, BASE_INSTANT, OPENING_BALANCE, PROMO_HOURS, type World } from './world';

/**
 * The in-memory model the property runs compare the database with: what each passenger's KAIPay
 * balance must be, which seat segments are held, and what every booking and bank payment is. It
 * is written from the rules (README, DOMAIN.md), not from the code: where they differ, one of
 * them is wrong.
 */

export const MAX_BALANCE = 2_000_000;
export const MONTHLY_IN = 3_000_000;
export const TOPUP_MIN = 10_000;
export const HOLD_MS = 60 * 60_000;
export const PIN_LOCK_MS = 60 * 60_000;
export const CUTOFF_MS = 2 * 3600_000;
export const DAILY_BOOKINGS = 6;

export type ModelUser = {
  id: number;
  active: boolean;
  /** Frozen by an admin: no payment, no credit (bank money returned, refunds owed to the bank). */
  frozen: boolean;
  balance: number;
  monthKey: string;
  monthIn: number;
  pinFailures: number;
  lockedUntil: number | null;
};
export type Seat = { coachId: number; seatLabel: string };
export type BookingStatus = 'awaiting_payment' | 'paid' | 'cancelled' | 'expired';
export type ModelBooking = {
  code: string;
  id: number;
  u: number;
  trip: number;
  pair: number;
  seats: Seat[];
  originSeq: number;
  destinationSeq: number;
  status: BookingStatus;
  total: number;
  holdExpiresAt: number;
  departsAt: number;
  createdAt: number;
  rescheduled: boolean;
  method: 'kaipay' | 'va' | 'retail' | null;
  refund: { fee: number; amount: number; to: 'kaipay' | 'bank' } | null;
};
export type ModelAccount = {
  kind: 'open_va' | 'retail_code' | 'closed_va';
  bank: string;
  number: string;
  u: number;
  amount: number | null;
  expiresAt: number | null;
  booking: number | null;
  /** The one order of a closed VA or retail code (open VAs: one order per transaction). */
  orderId: string | null;
};
export type ModelTx = { id: string; account: number; orderId: string; amount: number };
export type PaymentStatus = 'pending' | 'settlement' | 'expire' | 'cancel' | 'returned';

export type Model = {
  world: World;
  now: number;
  users: ModelUser[];
  bookings: ModelBooking[];
  accounts: ModelAccount[];
  txs: ModelTx[];
  /** bank_payments rows by transaction id. */
  payments: Map<string, { status: PaymentStatus; orderId: string }>;
  tripCancelled: boolean[];
};

export function newModel(world: World): Model {
  const opened = new Set(world.opening.map((o) => o.u));
  return {
    world,
    now: BASE_INSTANT,
    users: world.users.map((u, i) => ({
      id: u.id,
      active: i < ACTIVE_USERS,
      frozen: false,
      balance: opened.has(i) ? OPENING_BALANCE : 0,
      monthKey: opened.has(i) ? wibDate(BASE_INSTANT).slice(0, 7) : '',
      monthIn: opened.has(i) ? OPENING_BALANCE : 0,
      pinFailures: 0,
      lockedUntil: null,
    })),
    bookings: [],
    accounts: world.opening.map((o) => ({
      kind: 'open_va' as const,
      bank: 'BCA',
      number: o.number,
      u: o.u,
      amount: null,
      expiresAt: null,
      booking: null,
      orderId: null,
    })),
    txs: world.opening.map((o, i) => ({
      id: o.transactionId,
      account: i,
      orderId: o.orderId,
      amount: OPENING_BALANCE,
    })),
    payments: new Map(
      world.opening.map((o) => [
        o.transactionId,
        { status: 'settlement' as const, orderId: o.orderId },
      ]),
    ),
    tripCancelled: world.trips.map(() => false),
  };
}

export type Refusal = 'insufficient_balance' | 'over_max_balance' | 'over_monthly_limit';

/** A signed change to a wallet as the ledger rules have it; applied when allowed, else the refusal. */
export function moveWallet(m: Model, u: number, amount: number, incoming: boolean): Refusal | null {
  const w = m.users[u]!;
  const month = wibDate(m.now).slice(0, 7);
  const balance = w.balance + amount;
  if (balance < 0) return 'insufficient_balance';
  if (balance > MAX_BALANCE) return 'over_max_balance';
  const monthIn = (w.monthKey === month ? w.monthIn : 0) + (incoming && amount > 0 ? amount : 0);
  if (monthIn > MONTHLY_IN) return 'over_monthly_limit';
  Object.assign(w, { balance, monthIn, monthKey: month });
  return null;
}

/** The admin fee of a top-up: Rp 0 while the promo runs, then the bank's or outlet's fee. */
export function topUpFee(m: Model, bank: string): number {
  if (m.now < BASE_INSTANT + PROMO_HOURS * 3600_000) return 0;
  return bank === 'INDOMARET' || bank === 'ALFAMART' ? 2_500 : 1_000;
}

/**
 * Minutes a hold with an issued closed VA or retail code keeps its seats past its deadline, for a
 * bank payment made in time but notified late (setting payment_grace_minutes; 0 where the setting
 * does not exist yet). Paying by KAIPay or asking for a new code still ends at the deadline.
 */
export const GRACE_MS =
  ((SETTING_DEFAULTS as Record<string, number>).payment_grace_minutes ?? 0) * 60_000;

/** An unpaid hold that is over: past its deadline, and past the grace when it has a bank number. */
export function overdue(m: Model, b: ModelBooking): boolean {
  if (b.status !== 'awaiting_payment' || b.holdExpiresAt > m.now) return false;
  const i = m.bookings.indexOf(b);
  return b.holdExpiresAt + GRACE_MS <= m.now || !m.accounts.some((a) => a.booking === i);
}

/** Over holds expire (every hold, payment, new code and sweep frees them first). */
export function sweep(m: Model): void {
  for (const b of m.bookings) if (overdue(m, b)) b.status = 'expired';
}

/** A booking holds its seats while paid, or awaiting payment and not over. */
export function holdsSeats(m: Model, b: ModelBooking): boolean {
  return b.status === 'paid' || (b.status === 'awaiting_payment' && !overdue(m, b));
}

export function segmentKeys(b: Pick<ModelBooking, 'seats' | 'originSeq' | 'destinationSeq'>) {
  const keys: string[] = [];
  for (const s of b.seats)
    for (let seg = b.originSeq; seg < b.destinationSeq; seg++)
      keys.push(`${s.coachId}:${s.seatLabel}:${seg}`);
  return keys;
}

export function beforeCutoff(departsAt: number, at: number): boolean {
  return at < departsAt - CUTOFF_MS;
}

export function startOfWibDay(at: number): number {
  return wibInstant(wibDate(at), 0, 0);
}

/** The PIN check of a payment: counted before it is compared; three wrong lock for 60 minutes. */
export function pinCheck(
  m: Model,
  u: number,
  right: boolean,
):
  | { ok: true }
  | { ok: false; code: 'wallet_inactive' | 'pin_locked' | 'pin_wrong' | 'pin_wrong_locked' } {
  const w = m.users[u]!;
  if (!w.active) return { ok: false, code: 'wallet_inactive' };
  if (w.lockedUntil !== null && w.lockedUntil > m.now) return { ok: false, code: 'pin_locked' };
  const attempt = (w.lockedUntil !== null ? 0 : w.pinFailures) + 1;
  w.pinFailures = attempt;
  w.lockedUntil = attempt >= 3 ? m.now + PIN_LOCK_MS : null;
  if (right) {
    w.pinFailures = 0;
    w.lockedUntil = null;
    return { ok: true };
  }
  return { ok: false, code: attempt < 3 ? 'pin_wrong' : 'pin_wrong_locked' };
}
