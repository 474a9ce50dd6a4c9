CREATE TABLE `seats` (
	`hall` text NOT NULL,
	`row_no` integer NOT NULL,
	`seat_no` integer NOT NULL,
	`label` text,
	`code` text,
	PRIMARY KEY(`hall`, `row_no`, `seat_no`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seats_label_code_uq` ON `seats` (`label`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `seats_hall_label_uq` ON `seats` (`hall`,`label`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY NOT NULL,
	`hall` text NOT NULL,
	`row_no` integer NOT NULL,
	`seat_no` integer NOT NULL,
	FOREIGN KEY (`hall`,`row_no`,`seat_no`) REFERENCES `seats`(`hall`,`row_no`,`seat_no`) ON UPDATE no action ON DELETE cascade
);
