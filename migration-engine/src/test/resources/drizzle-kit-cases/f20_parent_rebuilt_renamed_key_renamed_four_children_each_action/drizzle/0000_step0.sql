CREATE TABLE `depts` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`budget` integer
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer NOT NULL,
	FOREIGN KEY (`dept_id`) REFERENCES `depts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer,
	FOREIGN KEY (`dept_id`) REFERENCES `depts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `assets` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer,
	FOREIGN KEY (`dept_id`) REFERENCES `depts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `budgets` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`dept_id`) REFERENCES `depts`(`id`) ON UPDATE no action ON DELETE set default
);
