CREATE TABLE `payment_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`order_id` text NOT NULL,
	`provider_transaction_id` text NOT NULL,
	`transaction_status` text NOT NULL,
	`notification_id` integer,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`notification_id`) REFERENCES `payment_notifications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_flags_unique` ON `payment_flags` (`kind`,`order_id`,`provider_transaction_id`,`transaction_status`);--> statement-breakpoint
CREATE INDEX `payment_flags_open_idx` ON `payment_flags` (`resolved_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `payment_reconciliation_differences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`kind` text NOT NULL,
	`provider_transaction_id` text NOT NULL,
	`order_id` text NOT NULL,
	`bank` text NOT NULL,
	`bank_amount` integer,
	`app_amount` integer,
	`bank_at` integer,
	`app_at` integer,
	FOREIGN KEY (`run_id`) REFERENCES `payment_reconciliations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payment_reconciliation_differences_run_idx` ON `payment_reconciliation_differences` (`run_id`);--> statement-breakpoint
CREATE TABLE `payment_reconciliations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`since` integer NOT NULL,
	`checked` integer NOT NULL,
	`applied` integer NOT NULL,
	`ran_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_payments_order_credit_unique` ON `bank_payments` (`order_id`) WHERE "bank_payments"."transfer_id" is not null;--> statement-breakpoint
CREATE INDEX `bank_payments_order_idx` ON `bank_payments` (`order_id`);