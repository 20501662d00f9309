import { describe, expect, it } from 'vitest';
import { SERVICES } from '@/db/seed/routes';
import { buildStops, fareFor } from '@/db/seed/timetable';
import { BOOKING_CODE_PATTERN, generateBookingCode } from './codes';
import { partyProblem } from './limits';
import { journeysOverlap, segmentsOf } from './segments';
import { parseSeat } from './hold-schema';

const taksaka = SERVICES.find((s) => s.name === 'Taksaka')!;

describe('fares', () => {
  it('grow with distance and class, rounded to Rp 5.000', () => {
    const short = fareFor(taksaka, 'eksekutif', 'GMR', 'CN');
    const long = fareFor(taksaka, 'eksekutif', 'GMR', 'YK');
    expect(short).toBeLessThan(long);
    expect(fareFor(taksaka, 'luxury', 'GMR', 'YK')).toBeGreaterThan(long);
    for (const fare of [short, long]) expect(fare % 5000).toBe(0);
    // DOMAIN.md: Taksaka about Rp 590.000 (Eksekutif) to Rp 1.500.000 (Luxury), Jakarta-Yogyakarta.
    expect(long).toBeGreaterThanOrEqual(590_000);
    expect(fareFor(taksaka, 'luxury', 'GMR', 'YK')).toBeLessThanOrEqual(1_500_000);
  });
  it('are the same in both directions', () => {
    expect(fareFor(taksaka, 'eksekutif', 'YK', 'GMR')).toBe(
      fareFor(taksaka, 'eksekutif', 'GMR', 'YK'),
    );
  });
  it('timetables take the stated running time, and stops past midnight get a later day', () => {
    const stops = buildStops(taksaka, false, '21:35');
    expect(stops.at(-1)!.arriveMinute! - stops[0]!.departMinute!).toBe(taksaka.minutes);
    expect(stops.at(-1)!.dayOffset).toBe(1);
    expect(buildStops(taksaka, true, '07:30')[0]).toMatchObject({
      stationCode: 'YK',
      departMinute: 450,
      dayOffset: 0,
      arriveMinute: null,
    });
  });
});

describe('segments', () => {
  it('a journey from stop i to stop j holds segments i..j-1', () => {
    expect(segmentsOf(0, 3)).toEqual([0, 1, 2]);
    expect(segmentsOf(2, 3)).toEqual([2]);
    expect(() => segmentsOf(3, 3)).toThrow();
  });
  it('journeys overlap only when they share a segment', () => {
    expect(journeysOverlap([0, 2], [2, 4])).toBe(false);
    expect(journeysOverlap([0, 3], [2, 4])).toBe(true);
    expect(journeysOverlap([1, 2], [0, 6])).toBe(true);
  });
});

describe('booking codes', () => {
  it('are 7 characters of A-Z and 0-9, and do not repeat in practice', () => {
    const codes = Array.from({ length: 5000 }, generateBookingCode);
    for (const code of codes) expect(code).toMatch(BOOKING_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character of the alphabet shows up: the draw is not biased to a subset.
    expect(new Set(codes.join('')).size).toBe(36);
  });
});

describe('party limits', () => {
  it('allows 1-4 adults and up to one infant per adult', () => {
    expect(partyProblem(1, 0)).toBeNull();
    expect(partyProblem(4, 4)).toBeNull();
    expect(partyProblem(0, 0)).toBe('adults_range');
    expect(partyProblem(5, 0)).toBe('adults_range');
    expect(partyProblem(2, 3)).toBe('infants_exceed');
    expect(partyProblem(4, 5)).toBe('infants_range');
  });
});

describe('seat values from the form', () => {
  it('reads "coach:label" and refuses anything else', () => {
    expect(parseSeat('12:10C')).toEqual({ coachId: 12, seatLabel: '10C' });
    for (const bad of ['12:10F', '12-10C', ':1A', '1:1A; drop table', ''])
      expect(parseSeat(bad)).toBeNull();
  });
});
