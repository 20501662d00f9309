import { describe, expect, it } from 'vitest';
import { lowestPrice, parseView, sortAndFilter, sortConnections, timeOfDay } from './sort-filter';
import { wibInstant } from '@/lib/dates';

const at = (hhmm: string) =>
  wibInstant('2026-12-01', 0, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
const option = (
  name: string,
  dep: string,
  duration: number,
  classes: [string, number | null, number][],
) => ({
  name,
  departsAt: at(dep),
  durationMinutes: duration,
  classes: classes.map(([seatClass, price, left]) => ({
    seatClass: seatClass as 'eksekutif',
    price,
    left,
  })),
});

const a = option('A', '07:30', 380, [
  ['eksekutif', 600000, 10],
  ['luxury', 1500000, 0],
]);
const b = option('B', '21:05', 360, [['eksekutif', 550000, 1]]);
const c = option('C', '14:45', 400, [['ekonomi', 250000, 50]]);

describe('sorting and filtering results', () => {
  it('sorts by departure by default, then by price or duration', () => {
    expect(sortAndFilter([b, c, a], parseView({}), 1).map((o) => o.name)).toEqual(['A', 'C', 'B']);
    expect(sortAndFilter([a, b, c], parseView({ sort: 'price' }), 1).map((o) => o.name)).toEqual([
      'C',
      'B',
      'A',
    ]);
    expect(sortAndFilter([a, b, c], parseView({ sort: 'duration' }), 1).map((o) => o.name)).toEqual(
      ['B', 'A', 'C'],
    );
  });
  it('prices a train by what the party can still buy: a class with too few seats does not count', () => {
    expect(lowestPrice(b, 2)).toBe(Infinity);
    expect(sortAndFilter([a, b], parseView({ sort: 'price' }), 2).map((o) => o.name)).toEqual([
      'A',
      'B',
    ]);
  });
  it('filters by class and by time of day in WIB', () => {
    expect(sortAndFilter([a, b, c], parseView({ class: 'ekonomi' }), 1).map((o) => o.name)).toEqual(
      ['C'],
    );
    expect(sortAndFilter([a, b, c], parseView({ time: 'malam' }), 1).map((o) => o.name)).toEqual([
      'B',
    ]);
    expect(timeOfDay(at('10:59'))).toBe('pagi');
    expect(timeOfDay(at('11:00'))).toBe('siang');
    expect(timeOfDay(at('17:59'))).toBe('sore');
  });
  it('ignores unknown choices', () => {
    expect(parseView({ sort: 'drop table', class: 'first', time: 'noon' })).toEqual({
      sort: 'departure',
      seatClass: undefined,
      time: undefined,
    });
  });
});

describe('sorting connections', () => {
  const conn = (name: string, dep: string, totalMinutes: number, lowestPrice: number) => ({
    name,
    first: { departsAt: at(dep) },
    totalMinutes,
    lowestPrice,
  });
  const list = [
    conn('late-cheap', '21:00', 600, 400_000),
    conn('early-slow', '06:00', 900, 700_000),
    conn('mid-fast', '12:00', 420, 550_000),
  ];
  const names = (l: { name: string }[]) => l.map((o) => o.name);
  it('by first departure, by lowest price, by total duration, like direct trains', () => {
    expect(names(sortConnections(list, parseView({})))).toEqual([
      'early-slow',
      'mid-fast',
      'late-cheap',
    ]);
    expect(names(sortConnections(list, parseView({ sort: 'price' })))).toEqual([
      'late-cheap',
      'mid-fast',
      'early-slow',
    ]);
    expect(names(sortConnections(list, parseView({ sort: 'duration' })))).toEqual([
      'mid-fast',
      'late-cheap',
      'early-slow',
    ]);
  });
  it('filters on the time of day of the first departure', () => {
    expect(names(sortConnections(list, parseView({ time: 'malam' })))).toEqual(['late-cheap']);
  });
});
