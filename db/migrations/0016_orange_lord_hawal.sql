CREATE TABLE `refund_payouts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`refund_id` integer NOT NULL,
	`bank_reference` text NOT NULL,
	`paid_out_by` integer NOT NULL,
	`transfer_id` integer NOT NULL,
	`paid_out_at` integer NOT NULL,
	FOREIGN KEY (`refund_id`) REFERENCES `booking_refunds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`paid_out_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "refund_payouts_reference_check" CHECK(length("refund_payouts"."bank_reference") between 4 and 64)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `refund_payouts_refund_unique` ON `refund_payouts` (`refund_id`);