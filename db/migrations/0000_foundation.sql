CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_user_id` integer,
	`action` text NOT NULL,
	`subject` text NOT NULL,
	`detail` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_created_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`phone` text NOT NULL,
	`full_name` text NOT NULL,
	`nik` text NOT NULL,
	`birth_date` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'passenger' NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('passenger', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_phone_unique` ON `users` (`phone`);--> statement-breakpoint
CREATE TABLE `fares` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`train_id` integer NOT NULL,
	`seat_class` text NOT NULL,
	`sub_class` text NOT NULL,
	`origin_code` text NOT NULL,
	`destination_code` text NOT NULL,
	`price` integer NOT NULL,
	FOREIGN KEY (`train_id`) REFERENCES `trains`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`origin_code`) REFERENCES `stations`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`destination_code`) REFERENCES `stations`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fares_price_check" CHECK("fares"."price" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fares_unique` ON `fares` (`train_id`,`seat_class`,`sub_class`,`origin_code`,`destination_code`);--> statement-breakpoint
CREATE TABLE `seat_layouts` (
	`code` text PRIMARY KEY NOT NULL,
	`seat_class` text NOT NULL,
	`pattern` text NOT NULL,
	`rows` integer NOT NULL,
	`seat_count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stations` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`city` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `train_coaches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`train_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`code` text NOT NULL,
	`seat_class` text NOT NULL,
	`sub_class` text NOT NULL,
	`layout_code` text NOT NULL,
	FOREIGN KEY (`train_id`) REFERENCES `trains`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`layout_code`) REFERENCES `seat_layouts`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `train_coaches_train_seq_unique` ON `train_coaches` (`train_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `train_coaches_train_code_unique` ON `train_coaches` (`train_id`,`code`);--> statement-breakpoint
CREATE TABLE `train_stops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`train_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`station_code` text NOT NULL,
	`day_offset` integer DEFAULT 0 NOT NULL,
	`arrive_minute` integer,
	`depart_minute` integer,
	FOREIGN KEY (`train_id`) REFERENCES `trains`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`station_code`) REFERENCES `stations`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "train_stops_minutes_check" CHECK(coalesce("train_stops"."arrive_minute", 0) >= 0 and coalesce("train_stops"."depart_minute", "train_stops"."arrive_minute") >= coalesce("train_stops"."arrive_minute", 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `train_stops_train_seq_unique` ON `train_stops` (`train_id`,`seq`);--> statement-breakpoint
CREATE INDEX `train_stops_station_idx` ON `train_stops` (`station_code`,`train_id`);--> statement-breakpoint
CREATE TABLE `trains` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trains_number_unique` ON `trains` (`number`);--> statement-breakpoint
CREATE TABLE `trips` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`train_id` integer NOT NULL,
	`service_date` text NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	FOREIGN KEY (`train_id`) REFERENCES `trains`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trips_train_date_unique` ON `trips` (`train_id`,`service_date`);--> statement-breakpoint
CREATE INDEX `trips_date_idx` ON `trips` (`service_date`);