CREATE TABLE `bank_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_transaction_id` text NOT NULL,
	`order_id` text NOT NULL,
	`payment_account_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`bank` text NOT NULL,
	`gross_amount` integer NOT NULL,
	`fee` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`transfer_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`payment_account_id`) REFERENCES `payment_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bank_payments_amount_check" CHECK("bank_payments"."gross_amount" > 0 and "bank_payments"."fee" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_payments_provider_tx_unique` ON `bank_payments` (`provider_transaction_id`);--> statement-breakpoint
CREATE INDEX `bank_payments_user_idx` ON `bank_payments` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `bank_payments_status_idx` ON `bank_payments` (`status`);--> statement-breakpoint
CREATE TABLE `fee_promos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`fee` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payment_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`bank` text NOT NULL,
	`number` text NOT NULL,
	`user_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`booking_id` integer,
	`amount` integer,
	`expires_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_accounts_amount_check" CHECK(("payment_accounts"."kind" = 'open_va') = ("payment_accounts"."amount" is null) and coalesce("payment_accounts"."amount", 1) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_accounts_number_unique` ON `payment_accounts` (`bank`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `payment_accounts_open_unique` ON `payment_accounts` (`user_id`,`bank`) WHERE "payment_accounts"."kind" = 'open_va';--> statement-breakpoint
CREATE TABLE `payment_notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_transaction_id` text NOT NULL,
	`transaction_status` text NOT NULL,
	`raw_body` text NOT NULL,
	`result` text NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `payment_notifications_tx_idx` ON `payment_notifications` (`provider_transaction_id`);--> statement-breakpoint
CREATE TABLE `sandbox_bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bank` text NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`order_id` text,
	`amount` integer,
	`expires_at` integer,
	`paid_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sandbox_bank_accounts_unique` ON `sandbox_bank_accounts` (`bank`,`number`);--> statement-breakpoint
CREATE TABLE `sandbox_bank_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`transaction_id` text NOT NULL,
	`order_id` text NOT NULL,
	`bank` text NOT NULL,
	`number` text NOT NULL,
	`channel` text NOT NULL,
	`amount` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sandbox_bank_payments_tx_unique` ON `sandbox_bank_payments` (`transaction_id`);--> statement-breakpoint
CREATE INDEX `sandbox_bank_payments_created_idx` ON `sandbox_bank_payments` (`created_at`);--> statement-breakpoint
CREATE TABLE `sandbox_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`payment_id` integer NOT NULL,
	`body` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_status` integer,
	`last_error` text,
	`delivered_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `sandbox_bank_payments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sandbox_deliveries_due_idx` ON `sandbox_deliveries` (`delivered_at`,`next_attempt_at`);