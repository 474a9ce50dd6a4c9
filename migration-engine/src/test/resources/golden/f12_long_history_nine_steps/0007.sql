PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN "role" TO "kind";--> statement-breakpoint
CREATE TABLE `__old_groups` AS SELECT * FROM `groups`;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
CREATE TABLE `__old_logs` AS SELECT * FROM `logs`;--> statement-breakpoint
DELETE FROM `logs`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
DROP TABLE `groups`;--> statement-breakpoint
CREATE TABLE `groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'user' NOT NULL,
	`team_id` integer,
	FOREIGN KEY (`team_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "role_ok" CHECK("kind" in ('user','admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_email_uq` ON `members` (`email`);--> statement-breakpoint
INSERT INTO `groups`(`id`,`title`,`parent_id`) SELECT `id`, `title`, `parent_id` FROM `__old_groups`;--> statement-breakpoint
INSERT INTO `members`(`id`,`email`,`kind`,`team_id`) SELECT `id`, `email`, `kind`, `team_id` FROM `__old_members`;--> statement-breakpoint
INSERT INTO `logs`(`id`,`member_id`,`msg`) SELECT `id`,`member_id`,`msg` FROM `__old_logs`;--> statement-breakpoint
DROP TABLE `__old_groups`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
DROP TABLE `__old_logs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;