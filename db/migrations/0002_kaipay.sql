CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`hint` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `kyc_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`id_number` text NOT NULL,
	`id_photo_file` text NOT NULL,
	`id_photo_type` text NOT NULL,
	`selfie_file` text NOT NULL,
	`selfie_type` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`reason` text,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	`decided_by` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "kyc_requests_status_check" CHECK("kyc_requests"."status" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kyc_requests_pending_unique` ON `kyc_requests` (`user_id`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `kyc_requests_status_idx` ON `kyc_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `otp_challenges` (
	`user_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`phone` text NOT NULL,
	`channel` text NOT NULL,
	`code_hash` text,
	`expires_at` integer NOT NULL,
	`consumed_at` integer,
	`last_sent_at` integer NOT NULL,
	`send_count` integer NOT NULL,
	`send_window_start` integer NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	PRIMARY KEY(`user_id`, `purpose`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "otp_failures_check" CHECK("otp_challenges"."failures" between 0 and 3),
	CONSTRAINT "otp_send_count_check" CHECK("otp_challenges"."send_count" between 0 and 3)
);
--> statement-breakpoint
CREATE TABLE `wallets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`step` text NOT NULL,
	`tier` text DEFAULT 'regular' NOT NULL,
	`max_balance` integer NOT NULL,
	`monthly_in_limit` integer NOT NULL,
	`balance` integer DEFAULT 0 NOT NULL,
	`month_key` text DEFAULT '' NOT NULL,
	`month_in` integer DEFAULT 0 NOT NULL,
	`full_name` text NOT NULL,
	`nik` text NOT NULL,
	`birth_date` text NOT NULL,
	`phone` text NOT NULL,
	`email` text NOT NULL,
	`pin_hash` text,
	`pin_failures` integer DEFAULT 0 NOT NULL,
	`pin_locked_until` integer,
	`created_at` integer NOT NULL,
	`activated_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "wallets_balance_check" CHECK("wallets"."balance" >= 0 and "wallets"."balance" <= "wallets"."max_balance"),
	CONSTRAINT "wallets_month_in_check" CHECK("wallets"."month_in" >= 0 and "wallets"."month_in" <= "wallets"."monthly_in_limit"),
	CONSTRAINT "wallets_tier_check" CHECK("wallets"."tier" in ('regular', 'premium')),
	CONSTRAINT "wallets_step_check" CHECK("wallets"."step" in ('otp', 'pin', 'active')),
	CONSTRAINT "wallets_active_check" CHECK(("wallets"."step" = 'active') = ("wallets"."pin_hash" is not null and "wallets"."activated_at" is not null)),
	CONSTRAINT "wallets_pin_failures_check" CHECK("wallets"."pin_failures" between 0 and 3)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wallets_user_unique` ON `wallets` (`user_id`);--> statement-breakpoint
CREATE TABLE `ledger_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`wallet_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`wallet_id`) REFERENCES `wallets`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_accounts_wallet_check" CHECK(("ledger_accounts"."kind" = 'wallet') = ("ledger_accounts"."wallet_id" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_accounts_code_unique` ON `ledger_accounts` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_accounts_wallet_unique` ON `ledger_accounts` (`wallet_id`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`transfer_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`balance_after` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`transfer_id`) REFERENCES `ledger_transfers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `ledger_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_entries_amount_check" CHECK("ledger_entries"."amount" <> 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_transfer_account_unique` ON `ledger_entries` (`transfer_id`,`account_id`);--> statement-breakpoint
CREATE INDEX `ledger_entries_account_idx` ON `ledger_entries` (`account_id`,`id`);--> statement-breakpoint
CREATE TABLE `ledger_transfers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`reference` text NOT NULL,
	`amount` integer NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "ledger_transfers_amount_check" CHECK("ledger_transfers"."amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_transfers_idempotency_unique` ON `ledger_transfers` (`idempotency_key`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`phone` text NOT NULL,
	`channel` text NOT NULL,
	`sender` text DEFAULT 'Kaspro ID' NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "notifications_channel_check" CHECK("notifications"."channel" in ('whatsapp', 'sms'))
);
--> statement-breakpoint
CREATE INDEX `notifications_phone_idx` ON `notifications` (`phone`,`id`);