CREATE TABLE `owners` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `pets` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `cars` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `bills` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE cascade ON DELETE no action
);
