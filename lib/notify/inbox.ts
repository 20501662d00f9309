import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { notifications, type Channel } from '@/db/schema';

export { sandboxEnabled } from '@/lib/sandbox';

export type InboxMessage = {
  id: number;
  channel: Channel;
  sender: string;
  body: string;
  createdAt: number;
};

/** The latest messages sent to one phone number (+62 form), oldest first like a chat. */
export function inboxOf(phone: string, limit = 50): InboxMessage[] {
  const rows = getDb()
    .select({
      id: notifications.id,
      channel: notifications.channel,
      sender: notifications.sender,
      body: notifications.body,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.phone, phone))
    .orderBy(desc(notifications.id))
    .limit(limit)
    .all();
  return rows.reverse();
}
