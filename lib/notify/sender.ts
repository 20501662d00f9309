import 'server-only';
import { getDb } from '@/db';
import { notifications, type Channel } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { chooseChannel, SENDER_NAME } from './channels';
import { hideSecret, sealBody } from './seal';

/** `secret` (an OTP) is part of `body`; it is delivered, but never stored in the clear. */
export type OutgoingMessage = { phone: string; channel: Channel; body: string; secret?: string };

/** Delivers one message on one channel. A WhatsApp/SMS gateway adapter implements the same interface. */
export interface NotificationSender {
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * The sandbox sender: every message lands in the notifications outbox, which /sandbox/inbox shows.
 * A message with a secret is stored sealed (AES-256-GCM), its readable copy with the code hidden.
 */
export const outboxSender: NotificationSender = {
  async send({ phone, channel, body, secret }) {
    const stored = secret
      ? { body: hideSecret(body, secret), bodyEnc: sealBody(body) }
      : { body, bodyEnc: null };
    getDb()
      .insert(notifications)
      .values({ phone, channel, sender: SENDER_NAME, ...stored, createdAt: now() })
      .run();
  },
};

let sender: NotificationSender = outboxSender;

/** Replaces the sender (a real gateway in production, a fake in tests). */
export function setSender(next: NotificationSender): void {
  sender = next;
}

/**
 * Sends a message to a phone (+62 form) as "Kaspro ID": by WhatsApp, or by SMS when the number is not
 * on WhatsApp or `channel: 'sms'` is asked for. Call it after the transaction that decided to send
 * has committed. Returns the channel used. The body is never logged (it may hold an OTP); a
 * `secret` inside it (the OTP) is delivered but never stored in the clear.
 */
export async function sendMessage({
  phone,
  body,
  channel,
  secret,
}: {
  phone: string;
  body: string;
  channel?: Channel;
  secret?: string;
}): Promise<{ channel: Channel }> {
  const chosen = chooseChannel(phone, channel);
  await sender.send({ phone, channel: chosen, body, secret });
  log.info('message.sent', { channel: chosen });
  return { channel: chosen };
}
