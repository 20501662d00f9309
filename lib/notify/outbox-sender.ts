import 'server-only';
import { inTransaction } from '@/db';
import { notifications } from '@/db/schema';
import { now } from '@/lib/clock';
import { SENDER_NAME } from './channels';
import { hideSecret, sealBody } from './seal';
import type { NotificationSender } from './sender';

/**
 * The outbox adapter: every message is written to the notifications table, the durable queue a
 * WhatsApp/SMS gateway worker would drain and the sandbox phone inbox (/sandbox/inbox) reads. A
 * message with a secret is stored sealed (AES-256-GCM), its readable copy with the code hidden.
 * The row is written in its own transaction, or, when the caller is inside one, as part of it (a
 * savepoint): the message then exists exactly when the caller's work commits.
 */
export const outboxSender: NotificationSender = {
  async send({ phone, channel, body, secret }) {
    const stored = secret
      ? { body: hideSecret(body, secret), bodyEnc: sealBody(body) }
      : { body, bodyEnc: null };
    await inTransaction(async (tx) => {
      await tx
        .insert(notifications)
        .values({ phone, channel, sender: SENDER_NAME, ...stored, createdAt: now() });
    });
  },
};
