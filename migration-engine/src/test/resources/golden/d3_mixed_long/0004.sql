PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
CREATE TABLE `__old_memberships` AS SELECT * FROM `memberships`;--> statement-breakpoint
CREATE TABLE `__old_audit` AS SELECT * FROM `audit`;--> statement-breakpoint
DROP TABLE `audit`;--> statement-breakpoint
DROP TABLE `memberships`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_slug_unique` ON `teams` (`slug`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`team_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text DEFAULT 'member',
	PRIMARY KEY(`user_id`, `team_id`),
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
	FOREIGN KEY (`user_id`,`team_id`) REFERENCES `memberships`(`user_id`,`team_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `teams`(`id`,`slug`) SELECT `id`, `slug` FROM `__old_teams`;--> statement-breakpoint
INSERT INTO `memberships`(`team_id`,`user_id`,`role`) SELECT `team_id`, `user_id`, `role` FROM `__old_memberships`;--> statement-breakpoint
INSERT INTO `audit`(`id`,`team_id`,`user_id`,`what`,`note`) SELECT `id`, `team_id`, `user_id`, `what`, `note` FROM `__old_audit`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_memberships`;--> statement-breakpoint
DROP TABLE `__old_audit`;--> statement-breakpoint
PRAGMA foreign_keys=ON;