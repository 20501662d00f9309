import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    fullName: text('full_name').notNull(),
    nik: text('nik').notNull(),
    birthDate: text('birth_date').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['passenger', 'admin'] })
      .notNull()
      .default('passenger'),
    // Bumped by logout-everywhere and password changes: any JWT carrying an older value is dead.
    sessionVersion: integer('session_version').notNull().default(1),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    uniqueIndex('users_phone_unique').on(t.phone),
    check('users_role_check', sql`${t.role} in ('passenger', 'admin')`),
  ],
);

/** Fixed-window counters for guessing limits (login, OTP, PIN); updated atomically by upsert. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorUserId: integer('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    detail: text('detail'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt)],
);
