import { describe, expect, it } from 'vitest';
import { birthDateForms, pinProblem } from './pin-rules';

describe('pinProblem', () => {
  it('accepts an ordinary 6-digit PIN', () => {
    expect(pinProblem('582917')).toBeNull();
    expect(pinProblem('402613', { birthDate: '1995-04-12', phone: '+6281234567890' })).toBeNull();
  });
  it('needs exactly six digits', () => {
    for (const pin of ['12345', '1234567', '12a456', ' 58291', ''])
      expect(pinProblem(pin)).toBe('pin_format');
  });
  it('refuses repeated digits, runs up and down (also across 9-0), pairs, triples and known patterns', () => {
    for (const pin of [
      '000000',
      '111111',
      '123456',
      '654321',
      '234567',
      '890123',
      '098765',
      '121212',
      '123123',
      '112233',
      '147258',
      '159753',
    ]) {
      expect(pinProblem(pin), pin).toBe('pin_trivial');
    }
  });
  it('refuses the birth date as DDMMYY, YYMMDD, MMDDYY and with the full year', () => {
    expect(birthDateForms('1995-04-12')).toEqual(
      expect.arrayContaining(['120495', '950412', '041295', '199504', '041995']),
    );
    for (const pin of ['120495', '950412', '041295', '199504'])
      expect(pinProblem(pin, { birthDate: '1995-04-12' })).toBe('pin_birth_date');
  });
  it('refuses the last six digits of the phone number', () => {
    expect(pinProblem('418275', { phone: '+6281239418275' })).toBe('pin_phone');
  });
});
