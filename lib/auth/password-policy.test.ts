import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('Senja-di-Stasiun-9')).toBeNull();
  });
  it('refuses short passwords', () => {
    expect(passwordProblem('a1b2c3')).toBe('too_short');
  });
  it('refuses common passwords whatever their case, repeats and digit runs', () => {
    expect(passwordProblem('Password123')).toBe('common');
    expect(passwordProblem('bismillah')).toBe('common');
    expect(passwordProblem('zzzzzzzzzz')).toBe('common');
    expect(passwordProblem('3456789012')).toBe('common');
  });
  it("refuses a password built on the user's own name or email", () => {
    expect(passwordProblem('budisantoso88', ['budi.santoso', 'Budi', 'Santoso'])).toBe('personal');
  });
});
