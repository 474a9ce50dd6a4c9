PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_groups` AS SELECT * FROM `groups`;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
DROP TABLE `groups`;--> statement-breakpoint
CREATE TABLE `groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`code` text,
	`note` text,
	FOREIGN KEY (`parent_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `groups_code_unique` ON `groups` (`code`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`group_code` text,
	FOREIGN KEY (`group_code`) REFERENCES `groups`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `groups`(`id`,`parent_id`,`code`,`note`) SELECT `id`, `parent_id`, `code`, `note` FROM `__old_groups`;--> statement-breakpoint
INSERT INTO `members`(`id`,`name`) SELECT `id`, `name` FROM `__old_members`;--> statement-breakpoint
DROP TABLE `__old_groups`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
CREATE TABLE `badges` (
	`id` integer PRIMARY KEY NOT NULL,
	`group_code` text,
	FOREIGN KEY (`group_code`) REFERENCES `groups`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
PRAGMA foreign_keys=ON;