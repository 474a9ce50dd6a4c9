CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`balance` integer
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`title` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer,
	`parent_task` integer,
	`body` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_task`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
