PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN "name" TO "full_name";--> statement-breakpoint
CREATE UNIQUE INDEX `orgs_slug_unique` ON `orgs` (`slug`);--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_orgs` AS SELECT * FROM `orgs`;--> statement-breakpoint
CREATE TABLE `__old_memberships` AS SELECT * FROM `memberships`;--> statement-breakpoint
DELETE FROM `orgs`;--> statement-breakpoint
DROP TABLE `memberships`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_users' WHERE name = 'users';--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text,
	`full_name` text,
	`status` text DEFAULT 'new' NOT NULL,
	`created` integer DEFAULT (unixepoch())
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'users' WHERE name = '__old_users';--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`org_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text DEFAULT 'member',
	PRIMARY KEY(`org_id`, `user_id`),
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "role_known" CHECK("role" IS NULL OR "role" IN ('admin', 'member'))
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`full_name`,`status`,`created`) SELECT `id`, `email`, `full_name`, coalesce(`status`, 'new'), `created` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `orgs`(`id`,`slug`,`owner_id`) SELECT `id`,`slug`,`owner_id` FROM `__old_orgs`;--> statement-breakpoint
INSERT INTO `memberships`(`org_id`,`user_id`,`role`) SELECT `org_id`, `user_id`, `role` FROM `__old_memberships`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_orgs`;--> statement-breakpoint
DROP TABLE `__old_memberships`;--> statement-breakpoint
PRAGMA foreign_keys=ON;