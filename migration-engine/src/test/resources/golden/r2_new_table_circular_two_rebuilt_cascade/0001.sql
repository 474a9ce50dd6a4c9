PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_groups` AS SELECT * FROM `groups`;--> statement-breakpoint
DROP TABLE `groups`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	`primary_membership_id` integer,
	FOREIGN KEY (`primary_membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text DEFAULT 'untitled' NOT NULL
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_users`;--> statement-breakpoint
INSERT INTO `groups`(`id`,`title`) SELECT `id`, coalesce(`title`, 'untitled') FROM `__old_groups`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_groups`;--> statement-breakpoint
PRAGMA foreign_keys=ON;