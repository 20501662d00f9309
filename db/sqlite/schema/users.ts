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
    /**
     * Gate staff (`petugas`): may open the ticket check and the gates' revocation list, nothing else
     * of the back office. A column of its own beside `role` because widening the role's CHECK would
     * mean rebuilding `users`, which every other table references (SQLite cannot do that inside the
     * migration's transaction). Migration 0014 adds it with a CHECK allowing only 'petugas'.
     */
    staffRole: text('staff_role', { enum: ['petugas'] }),
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

/**
 * Browsers where the owner signed in before: a random token in a cookie, only its SHA-256 kept. A
 * login from a known device is not blocked by strangers' failures (issue 9.7).
 */
export const knownDevices = sqliteTable(
  'known_devices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    lastUsedAt: integer('last_used_at').notNull(),
  },
  (t) => [
    uniqueIndex('known_devices_token_unique').on(t.tokenHash),
    index('known_devices_user_idx').on(t.userId),
  ],
);

/**
 * A registration waiting for the code sent to its phone. Not an account: it never blocks anyone
 * (no unique email/phone here), so nobody can squat an address by registering it unconfirmed. When
 * the email or phone already belonged to an account, `existingUserId` is set and no code was sent,
 * yet the browser is answered exactly as for a new one (issue 9.12).
 */
export const pendingRegistrations = sqliteTable(
  'pending_registrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // SHA-256 of the random token in the registering browser's cookie.
    tokenHash: text('token_hash').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    fullName: text('full_name').notNull(),
    nik: text('nik').notNull(),
    birthDate: text('birth_date').notNull(),
    passwordHash: text('password_hash').notNull(),
    // HMAC of the code bound to this row; the code itself is only in the delivered message.
    codeHash: text('code_hash').notNull(),
    existingUserId: integer('existing_user_id').references(() => users.id),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: integer('expires_at').notNull(),
    consumedAt: integer('consumed_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('pending_registrations_token_unique').on(t.tokenHash)],
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

/**
 * Every admin action: who, when, what (action + subject) and the state before and after, as JSON.
 * Append-only: a trigger (migration 0011 onward) refuses updates and deletes, so a record cannot be
 * rewritten by anyone holding the app's database connection either.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorUserId: integer('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    detail: text('detail'),
    /** JSON of the changed thing before and after (null when it did not exist / no longer does). */
    before: text('before'),
    after: text('after'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_action_idx').on(t.action, t.createdAt),
    index('audit_log_actor_idx').on(t.actorUserId, t.createdAt),
  ],
);
