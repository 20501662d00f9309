CREATE TABLE `booking_passengers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`booking_id` integer NOT NULL,
	`position` integer NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`id_type` text NOT NULL,
	`id_number` text NOT NULL,
	`coach_id` integer,
	`seat_label` text,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coach_id`) REFERENCES `train_coaches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "booking_passengers_seat_check" CHECK(("booking_passengers"."type" = 'adult') = ("booking_passengers"."coach_id" is not null and "booking_passengers"."seat_label" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_passengers_position_unique` ON `booking_passengers` (`booking_id`,`position`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`user_id` integer NOT NULL,
	`trip_id` integer NOT NULL,
	`origin_seq` integer NOT NULL,
	`destination_seq` integer NOT NULL,
	`seat_class` text NOT NULL,
	`sub_class` text NOT NULL,
	`adults` integer NOT NULL,
	`infants` integer NOT NULL,
	`fare` integer NOT NULL,
	`total` integer NOT NULL,
	`status` text DEFAULT 'awaiting_payment' NOT NULL,
	`contact_name` text NOT NULL,
	`contact_email` text NOT NULL,
	`contact_phone` text NOT NULL,
	`departs_at` integer NOT NULL,
	`hold_expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`paid_at` integer,
	`payment_method` text,
	`closed_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bookings_segment_check" CHECK("bookings"."destination_seq" > "bookings"."origin_seq"),
	CONSTRAINT "bookings_people_check" CHECK("bookings"."adults" between 1 and 4 and "bookings"."infants" between 0 and "bookings"."adults"),
	CONSTRAINT "bookings_total_check" CHECK("bookings"."total" = "bookings"."fare" * "bookings"."adults" and "bookings"."fare" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_code_unique` ON `bookings` (`code`);--> statement-breakpoint
CREATE INDEX `bookings_user_created_idx` ON `bookings` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `bookings_status_hold_idx` ON `bookings` (`status`,`hold_expires_at`);--> statement-breakpoint
CREATE TABLE `seat_segments` (
	`trip_id` integer NOT NULL,
	`coach_id` integer NOT NULL,
	`seat_label` text NOT NULL,
	`segment_seq` integer NOT NULL,
	`booking_id` integer NOT NULL,
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coach_id`) REFERENCES `train_coaches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seat_segments_unique` ON `seat_segments` (`trip_id`,`coach_id`,`seat_label`,`segment_seq`);--> statement-breakpoint
CREATE INDEX `seat_segments_trip_segment_idx` ON `seat_segments` (`trip_id`,`segment_seq`,`coach_id`,`seat_label`);--> statement-breakpoint
CREATE INDEX `seat_segments_booking_idx` ON `seat_segments` (`booking_id`);