import { describe, expect, it } from 'vitest';
import { formatWibArrival } from './dates';

// Taksaka KA 45 style: leaves Yogyakarta 21:05 WIB on Wednesday 25 November 2026 (14:05 UTC).
const DEPARTS = Date.parse('2026-11-25T14:05:00Z');

describe('formatWibArrival (issue 12.5)', () => {
  it('shows only the clock time when the train arrives the same WIB day', () => {
    expect(formatWibArrival(DEPARTS + 2 * 3_600_000, DEPARTS, 'id')).toBe('23:05');
  });

  it('shows the date of an overnight arrival, midnight included', () => {
    expect(formatWibArrival(DEPARTS + 175 * 60_000, DEPARTS, 'id')).toBe('Kam, 26 Nov 2026 00:00');
    expect(formatWibArrival(DEPARTS + 380 * 60_000, DEPARTS, 'en')).toBe('Thu, 26 Nov 2026 03:25');
  });
});
