import { describe, expect, it } from 'vitest';
import { formatWibDeadline, formatWibDateTime } from './dates';

// 2026-11-25 16:00 UTC is 23:00 WIB on Wednesday 25 November.
const ELEVEN_PM_WIB = Date.parse('2026-11-25T16:00:00Z');

describe('formatWibDeadline', () => {
  it('shows only the clock time when the deadline falls today in WIB', () => {
    expect(formatWibDeadline(ELEVEN_PM_WIB + 30 * 60_000, ELEVEN_PM_WIB, 'id')).toBe('23:30');
  });

  it('adds the date when the deadline falls after midnight WIB', () => {
    expect(formatWibDeadline(ELEVEN_PM_WIB + 75 * 60_000, ELEVEN_PM_WIB, 'id')).toBe(
      formatWibDateTime(ELEVEN_PM_WIB + 75 * 60_000, 'id'),
    );
    expect(formatWibDateTime(ELEVEN_PM_WIB + 75 * 60_000, 'en')).toBe('Thu, 26 Nov 2026 00:15');
  });
});
