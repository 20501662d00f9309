import { describe, expect, it } from 'vitest';
import { generateOtp, hashOtp, maskPhone, otpMessage, sameHash } from './otp';

describe('OTP codes', () => {
  it('are six digits, leading zeros kept, and vary', () => {
    const codes = Array.from({ length: 200 }, generateOtp);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });
  it('hash per owner and purpose, never containing the code, and compare in constant time', () => {
    const a = hashOtp('012345', '7:activation', 'k'.repeat(32));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toContain('012345');
    expect(sameHash(a, hashOtp('012345', '7:activation', 'k'.repeat(32)))).toBe(true);
    expect(sameHash(a, hashOtp('012345', '8:activation', 'k'.repeat(32)))).toBe(false);
    expect(sameHash(a, hashOtp('012345', '7:pin_reset', 'k'.repeat(32)))).toBe(false);
    expect(sameHash(a, 'ab')).toBe(false);
  });
  it('message carries the code and a warning; phones are masked for screens', () => {
    expect(otpMessage('654321', 'activation')).toContain('654321');
    expect(otpMessage('654321', 'activation')).toContain('JANGAN');
    expect(maskPhone('+6281234567890')).toBe('0812 **** 7890');
  });
});
