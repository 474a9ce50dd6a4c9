CREATE TABLE `dept` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer,
	FOREIGN KEY (`dept_id`) REFERENCES `dept`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer,
	FOREIGN KEY (`dept_id`) REFERENCES `dept`(`id`) ON UPDATE no action ON DELETE set null
);
