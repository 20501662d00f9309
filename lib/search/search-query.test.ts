import { describe, expect, it } from 'vitest';
import { validateSearch } from './search-query';
import { matchStation } from './station-match';
import { STATIONS } from '@/db/seed/stations';

const all = [...STATIONS];
const today = '2026-11-25';
const base = { from: 'GMR', to: 'YK', date: today, adults: '2', infants: '1' };

describe('matchStation', () => {
  it('matches a code, a name, a picker label and a one-station city', () => {
    expect(matchStation('gmr', all)).toMatchObject({ ok: true, station: { code: 'GMR' } });
    expect(matchStation('Pasar Senen', all)).toMatchObject({ ok: true, station: { code: 'PSE' } });
    expect(matchStation('Yogyakarta (YK) · Yogyakarta', all)).toMatchObject({
      ok: true,
      station: { code: 'YK' },
    });
    expect(matchStation('Malang', all)).toMatchObject({ ok: true, station: { code: 'ML' } });
  });
  it('asks to choose when a city has several stations, and says when nothing matches', () => {
    expect(matchStation('Jakarta', all)).toEqual({ ok: false, code: 'station_ambiguous' });
    expect(matchStation('Atlantis', all)).toEqual({ ok: false, code: 'station_unknown' });
    expect(matchStation('  ', all)).toEqual({ ok: false, code: 'station_required' });
  });
});

describe('validateSearch', () => {
  it('accepts a valid search', () => {
    const r = validateSearch(base, all, today);
    expect(r).toMatchObject({
      ok: true,
      query: { origin: { code: 'GMR' }, destination: { code: 'YK' }, adults: 2, infants: 1 },
    });
  });
  it('refuses the same station twice', () => {
    expect(validateSearch({ ...base, to: 'Gambir' }, all, today)).toEqual({
      ok: false,
      fieldErrors: { to: ['same_station'] },
    });
  });
  it('keeps the date inside today..H+45', () => {
    expect(validateSearch({ ...base, date: '2026-11-24' }, all, today)).toEqual({
      ok: false,
      fieldErrors: { date: ['date_past'] },
    });
    expect(validateSearch({ ...base, date: '2027-01-09' }, all, today).ok).toBe(true);
    expect(validateSearch({ ...base, date: '2027-01-10' }, all, today)).toEqual({
      ok: false,
      fieldErrors: { date: ['date_too_far'] },
    });
    expect(validateSearch({ ...base, date: '2026-02-30' }, all, today)).toEqual({
      ok: false,
      fieldErrors: { date: ['date_invalid'] },
    });
  });
  it('limits adults to 1-4 and infants to the number of adults', () => {
    expect(validateSearch({ ...base, adults: '5' }, all, today)).toEqual({
      ok: false,
      fieldErrors: { adults: ['adults_range'] },
    });
    expect(validateSearch({ ...base, adults: '0' }, all, today)).toEqual({
      ok: false,
      fieldErrors: { adults: ['adults_range'] },
    });
    expect(validateSearch({ ...base, adults: '1', infants: '2' }, all, today)).toEqual({
      ok: false,
      fieldErrors: { infants: ['infants_exceed'] },
    });
  });
});

describe('validateSearch reports every field in one pass (issue 12.6)', () => {
  it('shows the station and date errors beside an adult-count error', () => {
    const r = validateSearch(
      { from: '', to: 'Atlantis', date: '2026-11-01', adults: '9', infants: '0' },
      all,
      today,
    );
    expect(r).toEqual({
      ok: false,
      fieldErrors: {
        from: ['station_required'],
        to: ['station_unknown'],
        date: ['date_past'],
        adults: ['adults_range'],
      },
    });
  });
  it('reports an infant-count error together with a bad date', () => {
    expect(validateSearch({ ...base, date: 'besok', infants: 'x' }, all, today)).toEqual({
      ok: false,
      fieldErrors: { date: ['date_invalid'], infants: ['infants_range'] },
    });
  });
});
