CREATE TABLE `booking_refunds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`booking_id` integer NOT NULL,
	`ticket_price` integer NOT NULL,
	`fee` integer NOT NULL,
	`amount` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "booking_refunds_amount_check" CHECK("booking_refunds"."fee" >= 0 and "booking_refunds"."amount" >= 0 and "booking_refunds"."amount" + "booking_refunds"."fee" = "booking_refunds"."ticket_price")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_refunds_booking_unique` ON `booking_refunds` (`booking_id`);--> statement-breakpoint
CREATE TABLE `booking_reschedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`booking_id` integer NOT NULL,
	`old_trip_id` integer NOT NULL,
	`old_origin_seq` integer NOT NULL,
	`old_destination_seq` integer NOT NULL,
	`old_sub_class` text NOT NULL,
	`old_fare` integer NOT NULL,
	`old_departs_at` integer NOT NULL,
	`old_seats` text NOT NULL,
	`new_trip_id` integer NOT NULL,
	`new_fare` integer NOT NULL,
	`fee` integer NOT NULL,
	`difference` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`old_trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`new_trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_reschedules_booking_unique` ON `booking_reschedules` (`booking_id`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`booking_id` integer NOT NULL,
	`passenger_id` integer NOT NULL,
	`version` integer NOT NULL,
	`number` text NOT NULL,
	`trip_id` integer NOT NULL,
	`coach_id` integer,
	`seat_label` text,
	`status` text DEFAULT 'active' NOT NULL,
	`issued_at` integer NOT NULL,
	`boarding_pass_at` integer,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`passenger_id`) REFERENCES `booking_passengers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coach_id`) REFERENCES `train_coaches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_number_unique` ON `tickets` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_passenger_version_unique` ON `tickets` (`passenger_id`,`version`);--> statement-breakpoint
CREATE INDEX `tickets_booking_idx` ON `tickets` (`booking_id`,`status`);