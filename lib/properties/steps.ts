import fc from 'fast-check';
import { PAIRS, SEATS, TRIP_DAYS, USERS } from './world';

/**
 * One step of a property run, as plain data so a shrunk counterexample can be pasted into
 * regressions.test.ts. Indices into lists that grow during a run (bookings, numbers, bank
 * transactions) count back from the newest, modulo the list's length (small indices are likelier,
 * so steps mostly act on what was just made); a step with nothing to act on does nothing.
 */
export type Step =
  | { k: 'tick'; minutes: number }
  | { k: 'expire'; minutes: number }
  | { k: 'activate'; u: number }
  | { k: 'vaTopUp'; u: number; bank: VaBank; amount: number; status: 'pending' | 'settlement' }
  | { k: 'retailCode'; u: number; outlet: Outlet; amount: number }
  | { k: 'retailPay'; code: number; status: 'pending' | 'settlement' }
  | { k: 'notify'; tx: number; status: BankStatus }
  | { k: 'hold'; u: number; trip: number; pair: number; seats: number[] }
  | { k: 'payKaipay'; b: number; rightPin: boolean }
  | { k: 'bookingCode'; b: number; bank: VaBank | Outlet }
  | { k: 'bookingPay'; account: number; status: 'pending' | 'settlement' }
  | { k: 'cancel'; b: number }
  | { k: 'reschedule'; b: number; trip: number; rightPin: boolean }
  | { k: 'cancelTrip'; trip: number }
  | { k: 'freeze'; u: number; on: boolean };

export const VA_BANKS = ['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA', 'CIMB'] as const;
export const OUTLETS = ['INDOMARET', 'ALFAMART'] as const;
export type VaBank = (typeof VA_BANKS)[number];
export type Outlet = (typeof OUTLETS)[number];
export type BankStatus = 'pending' | 'settlement' | 'expire' | 'cancel' | 'chargeback';

/** Amounts around the edges: under the minimum, ordinary, up to and over the Rp 2.000.000 maximum. */
const AMOUNTS = [5_000, 10_000, 50_000, 250_000, 600_000, 1_000_000, 1_999_000, 2_500_000];
/** Clock moves: mostly within a hold, sometimes just past it or the 2-hour cutoff, now and then a
 * day (which also crosses the month end). */
const minutes = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(1, 5, 15, 30) },
  { weight: 2, arbitrary: fc.constantFrom(45, 61, 130) },
  { weight: 1, arbitrary: fc.constantFrom(300, 1_440) },
);

const user = fc.nat(USERS - 1);
const index = fc.nat(40);
const first = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
/** Mostly the right PIN; one in four wrong, so a run can reach the 3-wrong lock. */
const mostlyRight = fc.constantFrom(true, true, true, false);

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constant('tick' as const), minutes }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('expire' as const), minutes }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('activate' as const), u: user }) },
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant('vaTopUp' as const),
      u: user,
      bank: first(VA_BANKS),
      amount: first(AMOUNTS),
      status: first(['pending', 'settlement', 'settlement', 'settlement'] as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('retailCode' as const),
      u: user,
      outlet: first(OUTLETS),
      amount: first(AMOUNTS.filter((a) => a >= 10_000)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('retailPay' as const),
      code: index,
      status: first(['pending', 'settlement'] as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('notify' as const),
      tx: index,
      status: first([
        'pending',
        'settlement',
        'settlement',
        'expire',
        'cancel',
        'chargeback',
      ] as const),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant('hold' as const),
      u: user,
      trip: fc.nat(TRIP_DAYS.length - 1),
      pair: fc.nat(PAIRS.length - 1),
      seats: fc.uniqueArray(fc.nat(SEATS.length - 1), { minLength: 1, maxLength: 2 }),
    }),
  },
  {
    weight: 7,
    arbitrary: fc.record({
      k: fc.constant('payKaipay' as const),
      b: index,
      rightPin: mostlyRight,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('bookingCode' as const),
      b: index,
      bank: first([...VA_BANKS, ...OUTLETS]),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('bookingPay' as const),
      account: index,
      status: first(['pending', 'settlement', 'settlement'] as const),
    }),
  },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('cancel' as const), b: index }) },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('reschedule' as const),
      b: index,
      trip: fc.nat(TRIP_DAYS.length - 1),
      rightPin: mostlyRight,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('cancelTrip' as const),
      trip: fc.nat(TRIP_DAYS.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('freeze' as const),
      u: user,
      on: fc.constantFrom(true, false, false),
    }),
  },
);

/** Sequences of about maxLength steps ('max' size: fast-check's default keeps arrays near 10). */
export const stepsArb = (maxLength: number) =>
  fc.array(stepArb, { minLength: 1, maxLength, size: 'max' });
