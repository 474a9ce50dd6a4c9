CREATE TABLE `employees` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer,
	`boss_id` integer,
	`salary` integer,
	FOREIGN KEY (`dept_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`boss_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `departments` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text,
	`head_id` integer,
	FOREIGN KEY (`head_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null
);
