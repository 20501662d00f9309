CREATE TABLE `ticket_revocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`ticket_number` text NOT NULL,
	`reason` text NOT NULL,
	`revoked_at` integer NOT NULL,
	`valid_until` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ticket_revocations_ticket_unique` ON `ticket_revocations` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `ticket_revocations_valid_idx` ON `ticket_revocations` (`valid_until`);