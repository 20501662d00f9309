// PostgreSQL twin of db/sqlite/schema/users.ts (the reasons are documented there): same tables,
// columns, indexes and checks; epoch-ms times and counters are bigint, read as JS numbers.
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    fullName: text('full_name').notNull(),
    nik: text('nik').notNull(),
    birthDate: text('birth_date').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['passenger', 'admin'] })
      .notNull()
      .default('passenger'),
    staffRole: text('staff_role', { enum: ['petugas'] }),
    sessionVersion: bigint('session_version', { mode: 'number' }).notNull().default(1),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    uniqueIndex('users_phone_unique').on(t.phone),
    check('users_role_check', sql`${t.role} in ('passenger', 'admin')`),
    // SQLite has this as the column CHECK of migration 0014; PostgreSQL names such a check
    // <table>_<column>_check, so this is the same constraint under the same name.
    check('users_staff_role_check', sql`${t.staffRole} is null or ${t.staffRole} = 'petugas'`),
  ],
);

export const knownDevices = pgTable(
  'known_devices',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    lastUsedAt: bigint('last_used_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('known_devices_token_unique').on(t.tokenHash),
    index('known_devices_user_idx').on(t.userId),
  ],
);

export const pendingRegistrations = pgTable(
  'pending_registrations',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    tokenHash: text('token_hash').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    fullName: text('full_name').notNull(),
    nik: text('nik').notNull(),
    birthDate: text('birth_date').notNull(),
    passwordHash: text('password_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    existingUserId: integer('existing_user_id').references(() => users.id),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
    consumedAt: bigint('consumed_at', { mode: 'number' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('pending_registrations_token_unique').on(t.tokenHash)],
);

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: bigint('window_start', { mode: 'number' }).notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
});

/** Append-only: the guards migration adds the update/delete triggers of SQLite's 0013. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    detail: text('detail'),
    before: text('before'),
    after: text('after'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_action_idx').on(t.action, t.createdAt),
    index('audit_log_actor_idx').on(t.actorUserId, t.createdAt),
  ],
);
