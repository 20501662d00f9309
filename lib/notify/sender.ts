import 'server-only';
import type { Channel } from '@/db/schema';
import { log } from '@/lib/log';
import { chooseChannel } from './channels';
import { outboxSender } from './outbox-sender';

/** `secret` (an OTP) is part of `body`; it is delivered, but never stored in the clear. */
export type OutgoingMessage = { phone: string; channel: Channel; body: string; secret?: string };

/** Delivers one message on one channel. A WhatsApp/SMS gateway adapter implements the same interface. */
export interface NotificationSender {
  send(message: OutgoingMessage): Promise<void>;
}

let override: NotificationSender | null = null;

/**
 * The one seam to WhatsApp/SMS: code sends through `sendMessage` and never names an adapter. The
 * outbox is the only delivery adapter today (a gateway worker drains it; the sandbox inbox reads
 * it); a gateway adapter would be chosen here from its configuration.
 */
function messageSender(): NotificationSender {
  return override ?? outboxSender;
}

/** Tests only: replaces the adapter (null puts the configured one back). */
export function setSender(next: NotificationSender | null): void {
  override = next;
}

/**
 * Sends a message to a phone (+62 form) as "Kaspro ID": by WhatsApp, or by SMS when the number is
 * not on WhatsApp or `channel: 'sms'` is asked for. Returns the channel used. Call it after the
 * transaction that decided to send has committed: a gateway adapter goes over the network, which a
 * transaction must never wait on (it holds the lock, and on PostgreSQL it may run twice). The body
 * is never logged (it may hold an OTP); a `secret` inside it (the OTP) is delivered but never
 * stored in the clear.
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
  await messageSender().send({ phone, channel: chosen, body, secret });
  log.info('message.sent', { channel: chosen });
  return { channel: chosen };
}
