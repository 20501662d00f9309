import { describe, expect, it } from 'vitest';
import { checkNik } from './nik';

describe('checkNik', () => {
  it('accepts a man whose digits 7-12 are his birth date', () => {
    expect(checkNik('3273011708900001', '1990-08-17')).toEqual({ ok: true });
  });
  it('accepts a woman whose day has 40 added', () => {
    expect(checkNik('3174055204950003', '1995-04-12')).toEqual({ ok: true });
  });
  it('refuses a birth date that differs from the digits', () => {
    expect(checkNik('3273011708900001', '1991-08-17')).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkNik('3273011708900001', '1990-08-18')).toEqual({ ok: false, reason: 'mismatch' });
  });
  it('refuses wrong lengths, letters, and a zero serial', () => {
    for (const nik of [
      '327301170890001',
      '32730117089000011',
      '32730117089000a1',
      '3273011708900000',
    ]) {
      expect(checkNik(nik).ok).toBe(false);
    }
  });
  it('refuses impossible birth-date digits even without a birth date', () => {
    expect(checkNik('3273013213900001')).toEqual({ ok: false, reason: 'birth_date' });
    expect(checkNik('3273013102900001')).toEqual({ ok: false, reason: 'birth_date' });
  });
});
