// PostgreSQL twin of db/sqlite/schema/wallet.ts (the reasons are documented there). Money and
// epoch-ms times are bigint, read as JS numbers (db/pg/open.ts sets the parser).
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  CHANNELS,
  KYC_STATUSES,
  OTP_PURPOSES,
  WALLET_STEPS,
  WALLET_TIERS,
} from '../../sqlite/schema/wallet';
import { users } from './users';

export const wallets = pgTable(
  'wallets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    step: text('step', { enum: WALLET_STEPS }).notNull(),
    tier: text('tier', { enum: WALLET_TIERS }).notNull().default('regular'),
    maxBalance: bigint('max_balance', { mode: 'number' }).notNull(),
    monthlyInLimit: bigint('monthly_in_limit', { mode: 'number' }).notNull(),
    balance: bigint('balance', { mode: 'number' }).notNull().default(0),
    monthKey: text('month_key').notNull().default(''),
    monthIn: bigint('month_in', { mode: 'number' }).notNull().default(0),
    fullName: text('full_name').notNull(),
    nik: text('nik').notNull(),
    birthDate: text('birth_date').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    pinHash: text('pin_hash'),
    pinFailures: integer('pin_failures').notNull().default(0),
    pinLockedUntil: bigint('pin_locked_until', { mode: 'number' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    activatedAt: bigint('activated_at', { mode: 'number' }),
    frozenAt: bigint('frozen_at', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('wallets_user_unique').on(t.userId),
    check('wallets_balance_check', sql`${t.balance} >= 0 and ${t.balance} <= ${t.maxBalance}`),
    check('wallets_month_in_check', sql`${t.monthIn} >= 0 and ${t.monthIn} <= ${t.monthlyInLimit}`),
    check('wallets_tier_check', sql`${t.tier} in ('regular', 'premium')`),
    check('wallets_step_check', sql`${t.step} in ('otp', 'pin', 'active')`),
    check(
      'wallets_active_check',
      sql`(${t.step} = 'active') = (${t.pinHash} is not null and ${t.activatedAt} is not null)`,
    ),
    check('wallets_pin_failures_check', sql`${t.pinFailures} between 0 and 3`),
  ],
);

export const otpChallenges = pgTable(
  'otp_challenges',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: OTP_PURPOSES }).notNull(),
    phone: text('phone').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    codeHash: text('code_hash'),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
    consumedAt: bigint('consumed_at', { mode: 'number' }),
    lastSentAt: bigint('last_sent_at', { mode: 'number' }).notNull(),
    sendCount: integer('send_count').notNull(),
    sendWindowStart: bigint('send_window_start', { mode: 'number' }).notNull(),
    failures: integer('failures').notNull().default(0),
    lockedUntil: bigint('locked_until', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.purpose] }),
    check('otp_failures_check', sql`${t.failures} between 0 and 3`),
    check('otp_send_count_check', sql`${t.sendCount} between 0 and 3`),
  ],
);

export const kycRequests = pgTable(
  'kyc_requests',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    idNumber: text('id_number').notNull(),
    idPhotoFile: text('id_photo_file').notNull(),
    idPhotoType: text('id_photo_type').notNull(),
    selfieFile: text('selfie_file').notNull(),
    selfieType: text('selfie_type').notNull(),
    status: text('status', { enum: KYC_STATUSES }).notNull().default('pending'),
    reason: text('reason'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    decidedAt: bigint('decided_at', { mode: 'number' }),
    decidedBy: integer('decided_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('kyc_requests_pending_unique')
      .on(t.userId)
      .where(sql`status = 'pending'`),
    index('kyc_requests_status_idx').on(t.status, t.createdAt),
    check('kyc_requests_status_check', sql`${t.status} in ('pending', 'approved', 'rejected')`),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    hint: text('hint').notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    lastUsedAt: bigint('last_used_at', { mode: 'number' }),
    revokedAt: bigint('revoked_at', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_unique').on(t.tokenHash),
    index('api_tokens_user_idx').on(t.userId),
  ],
);
