import { describe, expect, it } from 'vitest';
import { deliveryState } from './queries';
import { payerPayments, withPayment } from './payer';

const fresh = {
  attempts: 0,
  lastStatus: null,
  lastError: null,
  deliveredAt: null,
  nextAttemptAt: 1000,
};

describe('the sandbox bank log as the payer reads it (issue 12.11)', () => {
  it('a first attempt under way is "sending", not a retry, although its retry is already scheduled', () => {
    expect(deliveryState(fresh)).toEqual({ state: 'sending' });
    // deliver.ts claims the attempt (attempts 1, next attempt set) before the request goes out.
    expect(deliveryState({ ...fresh, attempts: 1, nextAttemptAt: 3000 })).toEqual({
      state: 'sending',
    });
  });

  it('a retry only after an attempt finished without a 2xx; delivered and given up in words', () => {
    expect(deliveryState({ ...fresh, attempts: 1, lastStatus: 500, nextAttemptAt: 3000 })).toEqual({
      state: 'retrying',
      at: 3000,
      attempt: 1,
      httpStatus: 500,
    });
    expect(
      deliveryState({ ...fresh, attempts: 2, lastError: 'ECONNREFUSED', nextAttemptAt: 9000 }),
    ).toEqual({ state: 'retrying', at: 9000, attempt: 2, httpStatus: null });
    expect(
      deliveryState({
        ...fresh,
        attempts: 1,
        lastStatus: 200,
        deliveredAt: 5,
        nextAttemptAt: null,
      }),
    ).toEqual({ state: 'delivered' });
    expect(deliveryState({ ...fresh, attempts: 6, lastStatus: 503, nextAttemptAt: null })).toEqual({
      state: 'gave_up',
      attempts: 6,
      httpStatus: 503,
    });
  });

  it('remembers this payer’s transactions only, newest first, at most 20, nothing but ids', () => {
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    let cookie: string | undefined;
    for (let n = 1; n <= 25; n++) cookie = withPayment(cookie, id(n));
    const ids = payerPayments(cookie);
    expect(ids).toHaveLength(20);
    expect(ids[0]).toBe(id(25));
    expect(payerPayments(`${id(1)}.' or 1=1 --.${id(2)}`)).toEqual([id(1), id(2)]);
    expect(payerPayments(undefined)).toEqual([]);
  });
});
