import { describe, expect, it } from 'vitest';
import { maskId, maskPhone } from './mask';

describe('masking identity numbers in admin lists', () => {
  it('keeps the first and last four digits of a NIK', () => {
    expect(maskId('3273015503920001')).toBe('3273••••••••0001');
  });
  it('hides a short number entirely and keeps a phone recognisable', () => {
    expect(maskId('A1234')).toBe('•••••');
    expect(maskPhone('+6281234567890')).toBe('+6281•••••7890');
  });
});
