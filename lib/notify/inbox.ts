import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { notifications, type Channel } from '@/db/schema';
import { openBody } from './seal';

export { sandboxEnabled } from '@/lib/sandbox';

export type InboxMessage = {
  id: number;
  channel: Channel;
  sender: string;
  body: string;
  createdAt: number;
};

/**
 * The latest messages sent to one phone number (+62 form), oldest first like a chat. Sealed bodies
 * are opened here: the sandbox phone is the one reader that stands in for the recipient.
 */
export async function inboxOf(phone: string, limit = 50): Promise<InboxMessage[]> {
  const rows = await getDb()
    .select({
      id: notifications.id,
      channel: notifications.channel,
      sender: notifications.sender,
      body: notifications.body,
      bodyEnc: notifications.bodyEnc,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.phone, phone))
    .orderBy(desc(notifications.id))
    .limit(limit);
  return rows
    .reverse()
    .map(({ bodyEnc, ...m }) => ({ ...m, body: (bodyEnc && openBody(bodyEnc)) ?? m.body }));
}
