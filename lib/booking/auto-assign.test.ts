import { describe, expect, it } from 'vitest';
import { autoAssign } from './auto-assign';
import { seatsOf } from './seat-layout';

const coach = (id: number, taken: string[] = [], pattern = '2-2', rows = 13, seatCount = 50) => ({
  id,
  pattern,
  rows,
  seatCount,
  taken: new Set(taken),
});

describe('seatsOf', () => {
  it('draws the layouts of DOMAIN.md', () => {
    const eks = seatsOf('2-2', 13, 50);
    expect(eks).toHaveLength(50);
    expect(eks.slice(0, 4).map((s) => s.label)).toEqual(['1A', '1B', '1C', '1D']);
    expect(eks.at(-1)!.label).toBe('13B');
    expect(
      seatsOf('2-3', 22, 106)
        .filter((s) => s.row === 1)
        .map((s) => s.column),
    ).toEqual([0, 1, 3, 4, 5]);
    expect(
      seatsOf('1-1', 9, 18)
        .slice(0, 2)
        .map((s) => `${s.label}@${s.column}`),
    ).toEqual(['1A@0', '1B@2']);
  });
});

describe('autoAssign', () => {
  it('seats a party side by side in the first coach with room', () => {
    expect(autoAssign([coach(1)], 2)).toEqual([
      { coachId: 1, seatLabel: '1A' },
      { coachId: 1, seatLabel: '1B' },
    ]);
  });
  it('skips taken seats so the party stays together', () => {
    const result = autoAssign([coach(1, ['1B', '2C'])], 3);
    expect(result!.map((s) => s.seatLabel)).toEqual(['3A', '3B', '3C']);
  });
  it('moves to another coach when the first has no run long enough', () => {
    const full = seatsOf('2-2', 13, 50)
      .map((s) => s.label)
      .filter((l, i) => i % 2 === 0);
    expect(autoAssign([coach(1, full), coach(2)], 2)).toEqual([
      { coachId: 2, seatLabel: '1A' },
      { coachId: 2, seatLabel: '1B' },
    ]);
  });
  it('spreads over coaches only when it must, and refuses when the class is too full', () => {
    const allBut = (keep: string) =>
      seatsOf('2-2', 13, 50)
        .map((s) => s.label)
        .filter((l) => l !== keep);
    expect(autoAssign([coach(1, allBut('5A')), coach(2, allBut('9D'))], 2)).toEqual([
      { coachId: 1, seatLabel: '5A' },
      { coachId: 2, seatLabel: '9D' },
    ]);
    expect(autoAssign([coach(1, allBut('5A'))], 2)).toBeNull();
  });
  it('gives infants no seat: a party of zero seats gets none', () => {
    expect(autoAssign([coach(1)], 0)).toEqual([]);
  });
});
