PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
CREATE TABLE `__old_memberships` AS SELECT * FROM `memberships`;--> statement-breakpoint
CREATE TABLE `__old_audit` AS SELECT * FROM `audit`;--> statement-breakpoint
DROP TABLE `audit`;--> statement-breakpoint
DROP TABLE `memberships`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`full_name` text,
	`status` text DEFAULT 'new' NOT NULL,
	`created` integer DEFAULT (unixepoch())
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_live` ON `users` (`email`) WHERE "status" <> 'deleted';--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text DEFAULT '' NOT NULL,
	`owner_id` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_slug_unique` ON `teams` (`slug`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`team_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text DEFAULT 'member',
	PRIMARY KEY(`team_id`, `user_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "role_known" CHECK("role" IS NULL OR "role" IN ('admin', 'member'))
);
--> statement-breakpoint
CREATE TABLE `audit` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`user_id` integer,
	`what` text,
	`note` text DEFAULT (upper('n')),
	FOREIGN KEY (`team_id`,`user_id`) REFERENCES `memberships`(`team_id`,`user_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`full_name`,`status`,`created`) SELECT `id`, `email`, `full_name`, `status`, `created` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `teams`(`id`,`slug`,`owner_id`) SELECT `id`, coalesce(`slug`, ''), `owner_id` FROM `__old_teams`;--> statement-breakpoint
INSERT INTO `memberships`(`team_id`,`user_id`,`role`) SELECT `team_id`, `user_id`, `role` FROM `__old_memberships`;--> statement-breakpoint
INSERT INTO `audit`(`id`,`team_id`,`user_id`,`what`) SELECT `id`, `team_id`, `user_id`, `what` FROM `__old_audit`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_memberships`;--> statement-breakpoint
DROP TABLE `__old_audit`;--> statement-breakpoint
PRAGMA foreign_keys=ON;