import { describe, expect, it } from 'vitest';
import { bankPaidAt } from './transaction-time';

// 2026-11-25 14:00:00 WIB = 07:00:00 UTC.
const ISSUED = Date.UTC(2026, 10, 25, 7, 0, 0);
const RECEIVED = Date.UTC(2026, 10, 25, 8, 5, 0);

describe('bankPaidAt: the bank transaction time, validated', () => {
  it('reads a WIB "YYYY-MM-DD HH:mm:ss" inside the number’s life', () => {
    expect(bankPaidAt('2026-11-25 14:59:00', ISSUED, RECEIVED)).toBe(Date.UTC(2026, 10, 25, 7, 59));
  });

  it('falls back to the arrival time for anything absent, malformed or impossible', () => {
    for (const text of [
      undefined,
      '',
      '2026-11-25T14:59:00',
      '2026-11-25 14:59',
      '2026-02-30 14:59:00',
      '2026-11-25 24:00:00',
      '2026-11-25 14:59:00+07:00',
      ' 2026-11-25 14:59:00',
    ])
      expect(bankPaidAt(text, ISSUED, RECEIVED)).toBe(RECEIVED);
  });

  it('refuses a time before the number existed or after the notification arrived', () => {
    expect(bankPaidAt('2026-11-25 13:58:00', ISSUED, RECEIVED)).toBe(RECEIVED);
    expect(bankPaidAt('2026-11-25 15:07:00', ISSUED, RECEIVED)).toBe(RECEIVED);
    // Within a minute of skew: kept, but never later than the arrival.
    expect(bankPaidAt('2026-11-25 13:59:30', ISSUED, RECEIVED)).toBe(ISSUED - 30_000);
    expect(bankPaidAt('2026-11-25 15:05:30', ISSUED, RECEIVED)).toBe(RECEIVED);
  });
});
