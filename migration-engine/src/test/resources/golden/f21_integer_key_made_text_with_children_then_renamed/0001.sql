PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_orgs` AS SELECT * FROM `orgs`;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
DROP TABLE `orgs`;--> statement-breakpoint
CREATE TABLE `orgs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`title` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `teams_org_idx` ON `teams` (`org_id`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `orgs`(`id`,`name`) SELECT `id`, `name` FROM `__old_orgs`;--> statement-breakpoint
INSERT INTO `teams`(`id`,`org_id`,`title`) SELECT `id`, `org_id`, `title` FROM `__old_teams`;--> statement-breakpoint
INSERT INTO `members`(`id`,`org_id`) SELECT `id`, `org_id` FROM `__old_members`;--> statement-breakpoint
DROP TABLE `__old_orgs`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;