import 'server-only';
import { inTransaction, type Tx } from '@/db';
import { notifications } from '@/db/schema';
import { now } from '@/lib/clock';
import { SENDER_NAME } from './channels';
import { hideSecret, sealBody } from './seal';
import type { NotificationSender, OutgoingMessage } from './sender';

/**
 * Writes one message row to the notifications table, the durable queue a WhatsApp/SMS gateway
 * worker would drain and the sandbox phone inbox (/sandbox/inbox) reads, with the given
 * transaction. A message with a secret is stored sealed (AES-256-GCM), its readable copy with the
 * code hidden. Database work only: safe inside any transaction, and to run again on a rerun.
 */
export async function writeOutboxRow(
  tx: Tx,
  { phone, channel, body, secret }: OutgoingMessage,
): Promise<void> {
  const stored = secret
    ? { body: hideSecret(body, secret), bodyEnc: sealBody(body) }
    : { body, bodyEnc: null };
  await tx
    .insert(notifications)
    .values({ phone, channel, sender: SENDER_NAME, ...stored, createdAt: now() });
}

/**
 * The outbox adapter of sendMessage: the row is written in its own transaction, or, when the
 * caller is inside one, as part of it (a savepoint): the message then exists exactly when the
 * caller's work commits.
 */
export const outboxSender: NotificationSender = {
  async send(message) {
    await inTransaction((tx) => writeOutboxRow(tx, message));
  },
};
