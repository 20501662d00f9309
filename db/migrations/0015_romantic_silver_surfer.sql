CREATE TABLE `booking_leg_seats` (
	`passenger_id` integer NOT NULL,
	`leg` integer NOT NULL,
	`coach_id` integer NOT NULL,
	`seat_label` text NOT NULL,
	FOREIGN KEY (`passenger_id`) REFERENCES `booking_passengers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coach_id`) REFERENCES `train_coaches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_leg_seats_passenger_leg_unique` ON `booking_leg_seats` (`passenger_id`,`leg`);--> statement-breakpoint
CREATE TABLE `booking_legs` (
	`booking_id` integer NOT NULL,
	`leg` integer NOT NULL,
	`trip_id` integer NOT NULL,
	`origin_seq` integer NOT NULL,
	`destination_seq` integer NOT NULL,
	`seat_class` text NOT NULL,
	`sub_class` text NOT NULL,
	`fare` integer NOT NULL,
	`departs_at` integer NOT NULL,
	`arrives_at` integer NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "booking_legs_leg_check" CHECK("booking_legs"."leg" = 2),
	CONSTRAINT "booking_legs_segment_check" CHECK("booking_legs"."destination_seq" > "booking_legs"."origin_seq"),
	CONSTRAINT "booking_legs_fare_check" CHECK("booking_legs"."fare" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_legs_booking_leg_unique` ON `booking_legs` (`booking_id`,`leg`);--> statement-breakpoint
CREATE INDEX `booking_legs_trip_idx` ON `booking_legs` (`trip_id`);--> statement-breakpoint
DROP INDEX `tickets_passenger_version_unique`;--> statement-breakpoint
ALTER TABLE `tickets` ADD `leg` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_passenger_version_leg_unique` ON `tickets` (`passenger_id`,`version`,`leg`);