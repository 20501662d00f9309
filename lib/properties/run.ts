import crypto from 'node:crypto';
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { row, rows } from '@/db';
import { createHold } from '@/lib/booking/hold';
import { HoldSchema } from '@/lib/booking/hold-schema';
import { cancelBooking } from '@/lib/booking/cancel';
import { cancelTrip } from '@/lib/booking/cancel-trip';
import { expireOverdue } from '@/lib/booking/expiry';
import { rescheduleBooking } from '@/lib/booking/reschedule';
import { payWithKaipay } from '@/lib/checkout/pay-kaipay';
import { createRetailTopUpCode, ensureOpenVa } from '@/lib/payments/accounts';
import { createBookingPaymentCode } from '@/lib/payments/booking-payment';
import type { TransactionStatus } from '@/lib/payments/notification';
import { bookingOrderId, openVaOrderId, retailTopUpOrderId } from '@/lib/payments/order-ids';
import { freezeWallet, unfreezeWallet } from '@/lib/admin/wallets';
import { notify } from './bank';
import {
  beforeCutoff,
  DAILY_BOOKINGS,
  HOLD_MS,
  holdsSeats,
  moveWallet,
  overdue,
  pinCheck,
  segmentKeys,
  startOfWibDay,
  sweep,
  topUpFee,
  TOPUP_MIN,
  type Model,
  type ModelAccount,
  type ModelBooking,
  type ModelTx,
  type PaymentStatus,
} from './model';
import type { Step } from './steps';
import { activateWallet, PAIRS, PIN, SEATS, setClock, WRONG_PIN } from './world';

/** How often each step ended which way (PROPERTY_STATS=1 prints it): a property whose steps all
 * end in the same refusal proves little. */
export const tally = new Map<string, number>();
function record(kind: string, outcome: unknown): void {
  const o = outcome as { result?: string; reason?: string; code?: string; ok?: boolean };
  const label =
    `${kind}: ${o.result ?? (o.ok ? 'ok' : 'refused')} ${o.reason ?? o.code ?? ''}`.trim();
  tally.set(label, (tally.get(label) ?? 0) + 1);
}

/** The i-th newest element (modulo the length), or nothing in an empty list. */
const pick = <T>(xs: T[], i: number): T | undefined =>
  xs.length ? xs[xs.length - 1 - (i % xs.length)] : undefined;
/**
 * An even index picks among the bookings a step is meant for (awaiting payment for paying, paid
 * for cancel and reschedule), an odd one among all: both the rules and their refusals run.
 */
function pickFor(
  m: Model,
  i: number,
  wanted: (b: ModelBooking) => boolean,
): ModelBooking | undefined {
  const fitting = m.bookings.filter(wanted);
  return i % 2 === 0 && fitting.length ? pick(fitting, i >> 1) : pick(m.bookings, i >> 1);
}
const unpaid = (m: Model) => (b: ModelBooking) =>
  b.status === 'awaiting_payment' && b.holdExpiresAt > m.now;
const paidOrCancelled = (b: ModelBooking) => b.status === 'paid' || b.status === 'cancelled';
const paid = (b: ModelBooking) => b.status === 'paid';

const RETAIL = new Set(['INDOMARET', 'ALFAMART']);

/** Runs one step against the database and the model; throws when they disagree on its outcome. */
export async function runStep(m: Model, step: Step): Promise<void> {
  setClock(m.now);
  switch (step.k) {
    case 'tick':
      m.now += step.minutes * 60_000;
      return;
    case 'expire': {
      m.now += step.minutes * 60_000;
      setClock(m.now);
      const due = m.bookings.filter((b) => overdue(m, b));
      sweep(m);
      expect((await expireOverdue()).sort()).toEqual(due.map((b) => b.code).sort());
      return;
    }
    case 'activate':
      return activate(m, step.u);
    case 'vaTopUp': {
      const u = m.world.users[step.u]!;
      const { number } = await ensureOpenVa(u.id, step.bank);
      let a = m.accounts.findIndex(
        (x) => x.kind === 'open_va' && x.u === step.u && x.bank === step.bank,
      );
      if (a < 0) {
        a = m.accounts.push(account({ kind: 'open_va', bank: step.bank, number, u: step.u })) - 1;
      }
      expect(number).toBe(m.accounts[a]!.number);
      const id = crypto.randomUUID();
      m.txs.push({ id, account: a, orderId: openVaOrderId(number, id), amount: step.amount });
      return deliver(m, m.txs.length - 1, step.status);
    }
    case 'retailCode': {
      const u = m.world.users[step.u]!;
      const made = await createRetailTopUpCode(u.id, step.outlet, step.amount);
      if (!m.users[step.u]!.active) {
        expect(made).toEqual({ ok: false, code: 'wallet_inactive' });
        return;
      }
      // A frozen wallet gets no new top-up number (its bank money would only be returned).
      if (m.users[step.u]!.frozen) {
        expect(made).toEqual({ ok: false, code: 'wallet_frozen' });
        return;
      }
      expect(made).toMatchObject({
        ok: true,
        amount: step.amount,
        expiresAt: m.now + 24 * 3600_000,
      });
      if (!made.ok) return;
      m.accounts.push(
        account({
          kind: 'retail_code',
          bank: step.outlet,
          number: made.paymentCode,
          u: step.u,
          amount: step.amount,
          expiresAt: made.expiresAt,
          orderId: retailTopUpOrderId(made.paymentCode),
        }),
      );
      return;
    }
    case 'freeze':
      return freeze(m, step.u, step.on);
    case 'retailPay':
      return newOrderTx(
        m,
        m.accounts.filter((a) => a.kind === 'retail_code' && a.booking === null),
        step.code,
        step.status,
      );
    case 'bookingPay':
      return newOrderTx(
        m,
        m.accounts.filter((a) => a.booking !== null),
        step.account,
        step.status,
      );
    case 'notify':
      if (m.txs.length) await deliver(m, m.txs.length - 1 - (step.tx % m.txs.length), step.status);
      return;
    case 'hold':
      return hold(m, step);
    case 'payKaipay': {
      const b = pickFor(m, step.b, unpaid(m));
      if (!b) return;
      const predicted = predictKaipay(m, b, step.rightPin);
      record('payKaipay', predicted);
      const actual = await payWithKaipay(
        m.world.users[b.u]!.id,
        b.code,
        step.rightPin ? PIN : WRONG_PIN,
      );
      expect(actual).toMatchObject(predicted);
      return;
    }
    case 'bookingCode':
      return bookingCode(m, step.b, step.bank);
    case 'cancel': {
      const b = pickFor(m, step.b, paidOrCancelled);
      if (!b) return;
      const predicted = predictCancel(m, b);
      record('cancel', predicted);
      expect(await cancelBooking(m.world.users[b.u]!.id, b.code)).toEqual(predicted);
      return;
    }
    case 'reschedule':
      return reschedule(m, step);
    case 'cancelTrip':
      return tripCancel(m, step.trip);
  }
}

function account(a: Partial<ModelAccount> & Pick<ModelAccount, 'kind' | 'bank' | 'number' | 'u'>) {
  return { amount: null, expiresAt: null, booking: null, orderId: null, ...a };
}

async function activate(m: Model, u: number): Promise<void> {
  if (m.users[u]!.active) return;
  await activateWallet(m.world.users[u]!);
  m.users[u]!.active = true;
  record('activate', { ok: true });
}

/** A new bank transaction for the one order of a closed VA or retail code (a first, or a second payment). */
async function newOrderTx(
  m: Model,
  accounts: ModelAccount[],
  i: number,
  status: TransactionStatus,
): Promise<void> {
  const a = pick(accounts, i);
  if (!a) return;
  m.txs.push({
    id: crypto.randomUUID(),
    account: m.accounts.indexOf(a),
    orderId: a.orderId!,
    amount: a.amount!,
  });
  return deliver(m, m.txs.length - 1, status);
}

async function deliver(m: Model, i: number, status: TransactionStatus): Promise<void> {
  const tx = m.txs[i]!;
  const a = m.accounts[tx.account]!;
  const predicted = predictNotification(m, tx, status);
  const actual = await notify({
    bank: a.bank,
    number: a.number,
    orderId: tx.orderId,
    amount: tx.amount,
    status,
    transactionId: tx.id,
  });
  record(`notify ${a.kind}${a.booking === null ? '' : ' booking'} ${status}`, predicted);
  expect(actual).toMatchObject(predicted);
  expect(Object.keys(actual).sort()).toEqual(
    [...Object.keys(predicted), ...('userId' in actual ? ['userId'] : [])].sort(),
  );
}

const FINAL_MONEY = new Set(['settlement', 'returned']);
const rank = (s: string) => (s === 'pending' ? 0 : 1);

/** What a bank notification must do (README, "Top-up and bank payments"). */
function predictNotification(m: Model, tx: ModelTx, status: TransactionStatus): object {
  const existing = m.payments.get(tx.id);
  if (!existing) {
    const sibling = [...m.payments.values()].some((p) => p.orderId === tx.orderId);
    if (sibling || status === 'chargeback') {
      if (sibling && status === 'settlement')
        m.payments.set(tx.id, { status: 'returned', orderId: tx.orderId });
      return { result: 'flagged', flag: sibling ? 'second_payment' : 'status_after_final' };
    }
    m.payments.set(tx.id, { status: status as PaymentStatus, orderId: tx.orderId });
    return status === 'settlement' ? settle(m, tx) : { result: 'recorded', status };
  }
  const conflicting =
    status === 'chargeback' ||
    (rank(status) > 0 &&
      rank(existing.status) > 0 &&
      FINAL_MONEY.has(existing.status) !== FINAL_MONEY.has(status));
  if (conflicting) return { result: 'flagged', flag: 'status_after_final' };
  if (rank(existing.status) >= rank(status))
    return { result: 'duplicate', status: existing.status };
  existing.status = status as PaymentStatus;
  return status === 'settlement' ? settle(m, tx) : { result: 'recorded', status };
}

/** Settled money: a top-up credits (or is returned), a booking payment pays it (or is refunded). */
function settle(m: Model, tx: ModelTx): object {
  const a = m.accounts[tx.account]!;
  const w = m.users[a.u]!;
  const returned = (reason: string) => {
    m.payments.get(tx.id)!.status = 'returned';
    return { result: 'returned', reason };
  };
  if (a.booking === null) {
    if (a.expiresAt !== null && a.expiresAt <= m.now) return returned('expired_code');
    if (tx.amount < TOPUP_MIN) return returned('below_minimum');
    if (!w.active) return returned('wallet_inactive');
    if (w.frozen) return returned('wallet_frozen');
    const fee = topUpFee(m, a.bank);
    if (fee >= tx.amount) return returned('below_minimum');
    const refused = moveWallet(m, a.u, tx.amount - fee, true);
    if (refused) return returned(refused);
    return { result: 'credited', amount: tx.amount - fee, fee };
  }
  sweep(m);
  const b = m.bookings[a.booking]!;
  if (b.departsAt > m.now && b.status === 'awaiting_payment' && b.holdExpiresAt > m.now) {
    b.status = 'paid';
    b.method = a.kind === 'retail_code' ? 'retail' : 'va';
    return { result: 'booking_paid', bookingId: b.id };
  }
  if (!w.active || w.frozen || moveWallet(m, a.u, tx.amount, true))
    return returned('booking_not_payable');
  return { result: 'refunded', amount: tx.amount };
}

async function hold(m: Model, step: Extract<Step, { k: 'hold' }>): Promise<void> {
  const trip = m.world.trips[step.trip]!;
  const pair = trip.pairs[step.pair]!;
  const seats = step.seats.map((s) => ({ coachId: m.world.coachId, seatLabel: SEATS[s]! }));
  const [origin, destination] = PAIRS[step.pair]!;
  // A hold first expires the holds that are over, in a transaction of its own, so even a refused
  // hold has swept them (over holds never count as taken either way).
  sweep(m);
  const draft = { seats, originSeq: pair.originSeq, destinationSeq: pair.destinationSeq };
  const wanted = new Set(segmentKeys(draft));
  const today = startOfWibDay(m.now);
  const predicted = m.tripCancelled[step.trip]
    ? 'trip_unavailable'
    : pair.departsAt <= m.now
      ? 'departed'
      : m.bookings.filter((b) => b.u === step.u && b.createdAt >= today).length >= DAILY_BOOKINGS
        ? 'daily_limit'
        : m.bookings.some(
              (b) =>
                b.trip === step.trip &&
                holdsSeats(m, b) &&
                segmentKeys(b).some((k) => wanted.has(k)),
            )
          ? 'seat_taken'
          : null;
  record('hold', predicted ? { code: predicted } : { ok: true });
  const result = await createHold(
    m.world.users[step.u]!.id,
    HoldSchema.parse({
      tripId: trip.id,
      origin,
      destination,
      seatClass: 'eksekutif',
      adults: seats.map((s, i) => ({
        name: `Penumpang ${'ABCD'[i]}`,
        idType: 'nik',
        idNumber: '3174055204950003',
        seat: `${s.coachId}:${s.seatLabel}`,
      })),
      infants: [],
      contactName: 'Dewi Lestari',
      contactEmail: 'dewi@contoh.id',
      contactPhone: '081234567890',
    }),
  );
  if (predicted) {
    expect(result).toEqual({ ok: false, code: predicted });
    return;
  }
  expect(result).toMatchObject({ ok: true, holdExpiresAt: m.now + HOLD_MS });
  if (!result.ok) return;
  const made = (await row<{ id: number; total: number; departs_at: number }>(
    sql`select id, total, departs_at from bookings where code = ${result.bookingCode}`,
  ))!;
  expect(made.total).toBe(pair.fare * seats.length);
  expect(made.departs_at).toBe(pair.departsAt);
  m.bookings.push({
    code: result.bookingCode,
    id: made.id,
    u: step.u,
    trip: step.trip,
    pair: step.pair,
    seats,
    originSeq: pair.originSeq,
    destinationSeq: pair.destinationSeq,
    status: 'awaiting_payment',
    total: made.total,
    holdExpiresAt: m.now + HOLD_MS,
    departsAt: pair.departsAt,
    createdAt: m.now,
    rescheduled: false,
    method: null,
    refund: null,
  });
}

function payable(m: Model, b: ModelBooking): string | null {
  if (b.status === 'paid') return 'paid';
  if (b.status === 'expired' || (b.status === 'awaiting_payment' && b.holdExpiresAt <= m.now))
    return 'hold_expired';
  if (b.status === 'awaiting_payment' && b.departsAt <= m.now) return 'departed';
  return b.status === 'awaiting_payment' ? null : 'not_payable';
}

function predictKaipay(m: Model, b: ModelBooking, rightPin: boolean): object {
  sweep(m);
  const early = payable(m, b);
  if (early === 'paid') return { ok: true, alreadyPaid: true };
  if (early) return { ok: false, code: early };
  const pin = pinCheck(m, b.u, rightPin);
  if (!pin.ok) return pin;
  if (m.users[b.u]!.frozen) return { ok: false, code: 'wallet_frozen' };
  if (moveWallet(m, b.u, -b.total, false)) return { ok: false, code: 'insufficient_balance' };
  b.status = 'paid';
  b.method = 'kaipay';
  return { ok: true, alreadyPaid: false, balanceAfter: m.users[b.u]!.balance };
}

async function bookingCode(m: Model, i: number, bank: string): Promise<void> {
  const b = pickFor(m, i, unpaid(m));
  if (!b) return;
  sweep(m);
  const refusal =
    b.status !== 'awaiting_payment' || b.holdExpiresAt <= m.now
      ? 'not_payable'
      : b.departsAt <= m.now
        ? 'departed'
        : null;
  record('bookingCode', refusal ? { code: refusal } : { ok: true });
  const actual = await createBookingPaymentCode(m.world.users[b.u]!.id, b.code, bank as never);
  if (refusal) {
    expect(actual).toEqual({ ok: false, code: refusal });
    return;
  }
  expect(actual).toMatchObject({ ok: true, amount: b.total, expiresAt: b.holdExpiresAt });
  if (!actual.ok) return;
  const bi = m.bookings.indexOf(b);
  const known = m.accounts.find((a) => a.booking === bi && a.bank === bank);
  if (known) {
    expect(actual.number).toBe(known.number);
    return;
  }
  m.accounts.push(
    account({
      kind: RETAIL.has(bank) ? 'retail_code' : 'closed_va',
      bank,
      number: actual.number,
      u: b.u,
      amount: b.total,
      expiresAt: b.holdExpiresAt,
      booking: bi,
      orderId: bookingOrderId(b.code),
    }),
  );
}

function predictCancel(m: Model, b: ModelBooking): object {
  if (b.status === 'cancelled' && b.refund)
    return {
      ok: true,
      alreadyCancelled: true,
      fee: b.refund.fee,
      refund: b.refund.amount,
      to: b.refund.to,
    };
  if (b.status !== 'paid') return { ok: false, code: 'not_cancellable' };
  if (!beforeCutoff(b.departsAt, m.now)) return { ok: false, code: 'too_late' };
  const fee = Math.ceil((b.total * 25) / 100);
  const refund = b.total - fee;
  const to = canCredit(m, b.u) && !moveWallet(m, b.u, refund, false) ? 'kaipay' : 'bank';
  b.status = 'cancelled';
  b.refund = { fee, amount: refund, to };
  return { ok: true, alreadyCancelled: false, fee, refund, to };
}

async function reschedule(m: Model, step: Extract<Step, { k: 'reschedule' }>): Promise<void> {
  const b = pickFor(m, step.b, paid);
  if (!b) return;
  const target = m.world.trips[step.trip]!;
  const pair = target.pairs[b.pair]!;
  const predict = (): object | null => {
    if (b.status !== 'paid') return { ok: false, code: 'not_changeable' };
    if (!beforeCutoff(b.departsAt, m.now)) return { ok: false, code: 'too_late' };
    if (b.rescheduled) return { ok: false, code: 'already_rescheduled' };
    const pin = pinCheck(m, b.u, step.rightPin);
    if (!pin.ok) return pin;
    if (step.trip === b.trip) return { ok: false, code: 'same_trip' };
    if (m.tripCancelled[step.trip] || !beforeCutoff(pair.departsAt, m.now))
      return { ok: false, code: 'trip_unavailable' };
    const newTotal = pair.fare * b.seats.length;
    const fee = Math.ceil((b.total * 25) / 100 / 1000) * 1000;
    const difference = Math.max(0, newTotal - b.total);
    if (m.users[b.u]!.frozen) return { ok: false, code: 'wallet_frozen' };
    if (m.users[b.u]!.balance < fee + difference)
      return { ok: false, code: 'insufficient_balance' };
    moveWallet(m, b.u, -(fee + difference), false);
    return null;
  };
  const refused = predict();
  record('reschedule', refused ?? { ok: true });
  const actual = await rescheduleBooking(
    m.world.users[b.u]!.id,
    b.code,
    { tripId: target.id, subClass: m.world.subClass },
    step.rightPin ? PIN : WRONG_PIN,
  );
  if (refused) {
    expect(actual).toMatchObject(refused);
    return;
  }
  const newTotal = pair.fare * b.seats.length;
  const fee = Math.ceil((b.total * 25) / 100 / 1000) * 1000;
  const difference = Math.max(0, newTotal - b.total);
  expect(actual).toEqual({ ok: true, fee, difference, paid: fee + difference });
  const seats = (
    await rows<{ coach_id: number; seat_label: string }>(
      sql`select coach_id, seat_label from booking_passengers
          where booking_id = ${b.id} and type = 'adult' order by position`,
    )
  ).map((p) => ({ coachId: p.coach_id, seatLabel: p.seat_label }));
  const taken = new Set(
    m.bookings
      .filter((o) => o !== b && o.trip === step.trip && holdsSeats(m, o))
      .flatMap(segmentKeys),
  );
  const moved = { seats, originSeq: pair.originSeq, destinationSeq: pair.destinationSeq };
  // The new seats must be free on the new trip for the whole journey.
  expect(segmentKeys(moved).filter((k) => taken.has(k))).toEqual([]);
  Object.assign(b, moved, {
    trip: step.trip,
    total: newTotal,
    departsAt: pair.departsAt,
    rescheduled: true,
  });
}

async function tripCancel(m: Model, t: number): Promise<void> {
  const trip = m.world.trips[t]!;
  let predicted: object;
  if (m.tripCancelled[t])
    predicted = {
      ok: true,
      alreadyCancelled: true,
      refundedToKaipay: 0,
      owedToBank: 0,
      refundTotal: 0,
      holdsReleased: 0,
    };
  else if (trip.endsAt <= m.now) predicted = { ok: false, code: 'trip_ended' };
  else {
    m.tripCancelled[t] = true;
    const onTrip = m.bookings.filter((b) => b.trip === t).sort((x, y) => x.id - y.id);
    const held = onTrip.filter((b) => b.status === 'awaiting_payment');
    for (const b of held) b.status = 'expired';
    let refundedToKaipay = 0;
    let refundTotal = 0;
    const paid = onTrip.filter((b) => b.status === 'paid');
    for (const b of paid) {
      const to = canCredit(m, b.u) && !moveWallet(m, b.u, b.total, false) ? 'kaipay' : 'bank';
      if (to === 'kaipay') refundedToKaipay++;
      refundTotal += b.total;
      b.status = 'cancelled';
      b.refund = { fee: 0, amount: b.total, to };
    }
    predicted = {
      ok: true,
      alreadyCancelled: false,
      refundedToKaipay,
      owedToBank: paid.length - refundedToKaipay,
      refundTotal,
      holdsReleased: held.length,
    };
  }
  record('cancelTrip', predicted);
  const actual = await cancelTrip({
    tripId: trip.id,
    actorUserId: m.world.adminId,
    reason: 'Uji properti: perjalanan dibatalkan',
  });
  expect(actual).toEqual(predicted);
}

/** A refund reaches KAIPay only for an active wallet that is not frozen (else it is owed to the bank). */
function canCredit(m: Model, u: number): boolean {
  return m.users[u]!.active && !m.users[u]!.frozen;
}

/** An admin freezes (or lifts the freeze of) a passenger's wallet. */
async function freeze(m: Model, u: number, on: boolean): Promise<void> {
  const w = m.users[u]!;
  const input = { actorUserId: m.world.adminId, userId: w.id, reason: 'Uji properti' };
  const predicted = !w.active
    ? { ok: false, code: 'wallet_not_found' }
    : on === w.frozen
      ? { ok: false, code: on ? 'already_frozen' : 'not_frozen' }
      : { ok: true };
  record(on ? 'freeze' : 'unfreeze', predicted);
  expect(await (on ? freezeWallet(input) : unfreezeWallet(input))).toEqual(predicted);
  if (predicted.ok) w.frozen = on;
}
