PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_fares` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`train_id` integer NOT NULL,
	`seat_class` text NOT NULL,
	`sub_class` text NOT NULL,
	`origin_code` text NOT NULL,
	`destination_code` text NOT NULL,
	`price` integer NOT NULL,
	`effective_from` text DEFAULT '2000-01-01' NOT NULL,
	`effective_to` text,
	FOREIGN KEY (`train_id`) REFERENCES `trains`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`origin_code`) REFERENCES `stations`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`destination_code`) REFERENCES `stations`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fares_price_check" CHECK("__new_fares"."price" > 0),
	CONSTRAINT "fares_effective_check" CHECK("__new_fares"."effective_to" is null or "__new_fares"."effective_to" >= "__new_fares"."effective_from")
);
--> statement-breakpoint
INSERT INTO `__new_fares`("id", "train_id", "seat_class", "sub_class", "origin_code", "destination_code", "price") SELECT "id", "train_id", "seat_class", "sub_class", "origin_code", "destination_code", "price" FROM `fares`;--> statement-breakpoint
DROP TABLE `fares`;--> statement-breakpoint
ALTER TABLE `__new_fares` RENAME TO `fares`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `fares_unique` ON `fares` (`train_id`,`seat_class`,`sub_class`,`origin_code`,`destination_code`,`effective_from`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `before` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `after` text;--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_user_id`,`created_at`);