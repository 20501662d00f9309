// PostgreSQL twin of db/sqlite/schema/notifications.ts (the reasons are documented there).
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { CHANNELS } from '../../sqlite/schema/wallet';

export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    phone: text('phone').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    sender: text('sender').notNull().default('Kaspro ID'),
    body: text('body').notNull(),
    bodyEnc: text('body_enc'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('notifications_phone_idx').on(t.phone, t.id),
    check('notifications_channel_check', sql`${t.channel} in ('whatsapp', 'sms')`),
  ],
);
