import { describe, expect, it } from 'vitest';
import {
  beforeCutoff,
  boardingOpensAt,
  cancellationFee,
  rescheduleCharge,
  rescheduleFee,
} from './fees';

describe('after-sale fees (DOMAIN.md)', () => {
  it('cancellation: 25% of the ticket price, rounded up to the whole rupiah', () => {
    expect(cancellationFee(290_000)).toBe(72_500);
    expect(cancellationFee(580_000)).toBe(145_000);
    expect(cancellationFee(290_001)).toBe(72_501);
    expect(cancellationFee(3)).toBe(1);
    expect(() => cancellationFee(1.5)).toThrow();
  });
  it('reschedule: 25% of the old fare total, rounded up to the next Rp 1.000', () => {
    expect(rescheduleFee(290_000)).toBe(73_000);
    expect(rescheduleFee(580_000)).toBe(145_000);
    expect(rescheduleFee(4_000)).toBe(1_000);
    expect(rescheduleFee(4_004)).toBe(2_000);
  });
  it('a dearer trip pays the difference plus the fee; a cheaper one refunds nothing and still pays the fee', () => {
    expect(rescheduleCharge(290_000, 350_000)).toEqual({
      fee: 73_000,
      difference: 60_000,
      toPay: 133_000,
    });
    expect(rescheduleCharge(290_000, 200_000)).toEqual({
      fee: 73_000,
      difference: 0,
      toPay: 73_000,
    });
  });
  it('changes close 2 hours before departure, at the very instant boarding opens', () => {
    const opens = boardingOpensAt(10_000_000);
    expect(opens).toBe(10_000_000 - 2 * 3_600_000);
    expect(beforeCutoff(10_000_000, opens - 1)).toBe(true);
    // No instant where a ticket can both be cancelled and carry a boarding credential.
    expect(beforeCutoff(10_000_000, opens)).toBe(false);
  });
});
