import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const WALLET_TIERS = ['regular', 'premium'] as const;
export type WalletTier = (typeof WALLET_TIERS)[number];

/** Activation steps after identity (no row yet = the identity step); 'active' is the end. */
export const WALLET_STEPS = ['otp', 'pin', 'active'] as const;
export type WalletStep = (typeof WALLET_STEPS)[number];

/** Wrong PINs allowed before payments lock (GoPay's rule); the CHECK below makes more impossible. */
export const MAX_PIN_FAILURES = 3;

/**
 * A passenger's KAIPay wallet. The balance is the cached sum of the wallet's ledger entries; the tier's
 * limits are copied onto the row so CHECK constraints can hold the balance between 0 and the maximum
 * and this month's incoming money under its limit (a CHECK cannot look at another table).
 */
export const wallets = sqliteTable(
  'wallets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    step: text('step', { enum: WALLET_STEPS }).notNull(),
    tier: text('tier', { enum: WALLET_TIERS }).notNull().default('regular'),
    maxBalance: integer('max_balance').notNull(),
    monthlyInLimit: integer('monthly_in_limit').notNull(),
    balance: integer('balance').notNull().default(0),
    /** WIB month ('YYYY-MM') that month_in counts; a credit in a new month starts it again. */
    monthKey: text('month_key').notNull().default(''),
    monthIn: integer('month_in').notNull().default(0),
    fullName: text('full_name').notNull(),
    nik: text('nik').notNull(),
    birthDate: text('birth_date').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    pinHash: text('pin_hash'),
    pinFailures: integer('pin_failures').notNull().default(0),
    pinLockedUntil: integer('pin_locked_until'),
    createdAt: integer('created_at').notNull(),
    activatedAt: integer('activated_at'),
    /**
     * Set while an admin has frozen the wallet: it cannot pay, top up or receive money (bank money
     * for it is returned to the bank, refunds are owed to the bank). Null when not frozen.
     */
    frozenAt: integer('frozen_at'),
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

export const OTP_PURPOSES = ['activation', 'pin_reset'] as const;
export type OtpPurpose = (typeof OTP_PURPOSES)[number];
export const CHANNELS = ['whatsapp', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The current OTP of a user for one purpose, with its counters. One row per (user, purpose): a
 * resend replaces the code but keeps `failures`, so resending never buys more guesses.
 */
export const otpChallenges = sqliteTable(
  'otp_challenges',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: OTP_PURPOSES }).notNull(),
    phone: text('phone').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    codeHash: text('code_hash'),
    expiresAt: integer('expires_at').notNull(),
    consumedAt: integer('consumed_at'),
    lastSentAt: integer('last_sent_at').notNull(),
    sendCount: integer('send_count').notNull(),
    sendWindowStart: integer('send_window_start').notNull(),
    failures: integer('failures').notNull().default(0),
    lockedUntil: integer('locked_until'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.purpose] }),
    check('otp_failures_check', sql`${t.failures} between 0 and 3`),
    check('otp_send_count_check', sql`${t.sendCount} between 0 and 3`),
  ],
);

export const KYC_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type KycStatus = (typeof KYC_STATUSES)[number];

/** A Premium upgrade request: ID number plus two images stored under DATA_DIR (never public/). */
export const kycRequests = sqliteTable(
  'kyc_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    createdAt: integer('created_at').notNull(),
    decidedAt: integer('decided_at'),
    decidedBy: integer('decided_by').references(() => users.id),
  },
  (t) => [
    // At most one request waiting for review per passenger.
    uniqueIndex('kyc_requests_pending_unique')
      .on(t.userId)
      .where(sql`status = 'pending'`),
    index('kyc_requests_status_idx').on(t.status, t.createdAt),
    check('kyc_requests_status_check', sql`${t.status} in ('pending', 'approved', 'rejected')`),
  ],
);

/** Personal API tokens for app clients; only the SHA-256 of the token is stored. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    hint: text('hint').notNull(),
    createdAt: integer('created_at').notNull(),
    lastUsedAt: integer('last_used_at'),
    revokedAt: integer('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_unique').on(t.tokenHash),
    index('api_tokens_user_idx').on(t.userId),
  ],
);
