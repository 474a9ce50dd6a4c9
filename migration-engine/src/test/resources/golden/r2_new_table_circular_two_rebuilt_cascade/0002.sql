PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_groups` AS SELECT * FROM `groups`;--> statement-breakpoint
CREATE TABLE `__old_memberships` AS SELECT * FROM `memberships`;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
DROP TABLE `memberships`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
DROP TABLE `groups`;--> statement-breakpoint
CREATE TABLE `groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` blob
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '-' NOT NULL,
	`primary_membership_id` integer,
	FOREIGN KEY (`primary_membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `groups`(`id`,`title`) SELECT `id`, `title` FROM `__old_groups`;--> statement-breakpoint
INSERT INTO `memberships`(`id`,`user_id`,`group_id`) SELECT `id`, `user_id`, `group_id` FROM `__old_memberships`;--> statement-breakpoint
INSERT INTO `users`(`id`,`name`,`primary_membership_id`) SELECT `id`, `name`, `primary_membership_id` FROM `__old_users`;--> statement-breakpoint
DROP TABLE `__old_groups`;--> statement-breakpoint
DROP TABLE `__old_memberships`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;