import { describe, expect, it } from 'vitest';
import { chooseChannel, isOnWhatsApp } from './channels';

describe('channel choice (sandbox rule: last digit 9 is not on WhatsApp)', () => {
  it('sends by WhatsApp when the number is on it', () => {
    expect(isOnWhatsApp('+6281234567890')).toBe(true);
    expect(chooseChannel('+6281234567890')).toBe('whatsapp');
  });
  it('falls back to SMS for numbers ending in 9', () => {
    expect(isOnWhatsApp('+6281234567899')).toBe(false);
    expect(chooseChannel('+6281234567899', 'whatsapp')).toBe('sms');
  });
  it('honours a request for SMS', () => {
    expect(chooseChannel('+6281234567890', 'sms')).toBe('sms');
  });
});
