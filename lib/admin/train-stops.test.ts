import { describe, expect, it } from 'vitest';
import { formatStops, parseStops } from './train-stops';

describe('parsing a timetable typed by an admin', () => {
  it('reads stops with times passing midnight onto the next day', () => {
    const r = parseStops('GMR - 20:00\nCN 22:55 22:59\nPWT 00:40 00:44\nYK 02:30 -');
    expect(r.ok && r.stops).toEqual([
      { stationCode: 'GMR', seq: 0, dayOffset: 0, arriveMinute: null, departMinute: 1200 },
      { stationCode: 'CN', seq: 1, dayOffset: 0, arriveMinute: 1375, departMinute: 1379 },
      { stationCode: 'PWT', seq: 2, dayOffset: 1, arriveMinute: 1480, departMinute: 1484 },
      { stationCode: 'YK', seq: 3, dayOffset: 1, arriveMinute: 1590, departMinute: null },
    ]);
    expect(formatStops(r.ok ? r.stops : [])).toBe(
      'GMR - 20:00\nCN 22:55 22:59\nPWT 00:40 00:44\nYK 02:30 -',
    );
  });

  it('names the line and the problem', () => {
    expect(parseStops('GMR - 08:00')).toEqual({
      ok: false,
      problem: { line: 0, code: 'stops_too_few' },
    });
    expect(parseStops('GMR - 08:00\nCN 9:5 10:00\nSBI 12:00 -')).toMatchObject({
      problem: { line: 2, code: 'stops_time_format' },
    });
    expect(parseStops('GMR 07:00 08:00\nSBI 12:00 -')).toMatchObject({
      problem: { line: 1, code: 'stops_ends' },
    });
    expect(parseStops('GMR - 08:00\nCN 10:00 10:04\nGMR 12:00 -')).toMatchObject({
      problem: { line: 3, code: 'stops_station_twice' },
    });
    expect(parseStops('GMR - 08:00\nSBI')).toMatchObject({
      problem: { line: 2, code: 'stops_line_format' },
    });
  });
});
