import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CHANNELS } from './wallet';

/** The outbox of WhatsApp and SMS messages; the sandbox phone inbox reads it. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    phone: text('phone').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    sender: text('sender').notNull().default('Kaspro ID'),
    /** What anyone reading the table may see: an OTP message has its code replaced by dots. */
    body: text('body').notNull(),
    /**
     * The whole message sealed with AES-256-GCM (lib/notify/seal.ts) when it carries a secret; only
     * the delivery adapter and the sandbox inbox open it, so a copy of the database holds no OTP.
     */
    bodyEnc: text('body_enc'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('notifications_phone_idx').on(t.phone, t.id),
    check('notifications_channel_check', sql`${t.channel} in ('whatsapp', 'sms')`),
  ],
);
