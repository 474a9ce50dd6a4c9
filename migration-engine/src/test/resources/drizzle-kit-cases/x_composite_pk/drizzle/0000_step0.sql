CREATE TABLE `enrollments` (
	`student` integer NOT NULL,
	`course` integer NOT NULL,
	`term` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL
);
