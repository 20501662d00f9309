import 'server-only';
import type { Tx } from '@/db';
import type { Channel } from '@/db/schema';
import { log } from '@/lib/log';
import { chooseChannel } from './channels';
import { outboxSender, writeOutboxRow } from './outbox-sender';

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

/**
 * Tests only: replaces the adapter of sendMessage (null puts the configured one back). Messages
 * queued in a transaction (queueMessage) never reach it: they are outbox rows, delivered from
 * there after the commit, so a fake can never see a message whose transaction then rolled back.
 */
export function setSender(next: NotificationSender | null): void {
  override = next;
}

/**
 * Sends a message to a phone (+62 form) as "Kaspro ID": by WhatsApp, or by SMS when the number is
 * not on WhatsApp or `channel: 'sms'` is asked for. Returns the channel used. Call it after the
 * transaction that decided to send has committed: a gateway adapter goes over the network, which a
 * transaction must never wait on (it holds the lock, and on PostgreSQL it may run twice). A message
 * that must commit with the transaction's work (money moved) goes through queueMessage. The body
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

/**
 * The transactional outbox, for messages that say money moved (top-up credited, refund, e-ticket):
 * the message's outbox row is written with the caller's transaction, so one commit carries both.
 * The message exists exactly when the money moved: a refusal or rollback after this call removes
 * it too, and no crash between two commits can lose it. Only the row insert happens
 * here (no adapter, no network, no log), because the transaction holds the write lock and may run
 * again on PostgreSQL; a gateway delivers from the outbox afterwards. Returns the channel chosen,
 * for the caller to log after the commit. The body is never logged.
 */
export async function queueMessage(
  tx: Tx,
  { phone, body, channel }: { phone: string; body: string; channel?: Channel },
): Promise<{ channel: Channel }> {
  const chosen = chooseChannel(phone, channel);
  await writeOutboxRow(tx, { phone, channel: chosen, body });
  return { channel: chosen };
}
