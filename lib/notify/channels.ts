import type { Channel } from '@/db/schema';

/** The sender name every message carries, shown with a verified tick (as in the source article). */
export const SENDER_NAME = 'Kaspro ID';

/**
 * The sandbox's stand-in for "is this number on WhatsApp?": numbers whose last digit is 9 are not,
 * so their messages go by SMS. Documented in the README; a real gateway answers this itself.
 */
export function isOnWhatsApp(phone: string): boolean {
  return !phone.trim().endsWith('9');
}

/** WhatsApp first, SMS when asked for or when the number is not on WhatsApp. */
export function chooseChannel(phone: string, preferred?: Channel): Channel {
  if (preferred === 'sms') return 'sms';
  return isOnWhatsApp(phone) ? 'whatsapp' : 'sms';
}
