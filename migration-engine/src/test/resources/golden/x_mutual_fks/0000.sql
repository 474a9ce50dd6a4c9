CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer,
	`buddy_id` integer,
	FOREIGN KEY (`dept_id`) REFERENCES `depts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`buddy_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `depts` (
	`id` integer PRIMARY KEY NOT NULL,
	`head_id` integer,
	`budget` text,
	FOREIGN KEY (`head_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
