PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `orgs` RENAME COLUMN "title" TO "name";--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN "nick" TO "handle";--> statement-breakpoint
CREATE TABLE `__old_orgs` AS SELECT * FROM `orgs`;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
CREATE TABLE `__old_badges` AS SELECT * FROM `badges`;--> statement-breakpoint
DROP TABLE `badges`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
DROP TABLE `orgs`;--> statement-breakpoint
CREATE TABLE `orgs` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`size` real
);
--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer,
	`handle` text,
	`score` integer,
	`status` text DEFAULT 'active' NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `members_handle_idx` ON `members` (`handle`,`status`);--> statement-breakpoint
CREATE TABLE `badges` (
	`id` integer PRIMARY KEY NOT NULL,
	`member_id` integer,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `orgs`(`id`,`name`,`size`) SELECT `id`, `name`, `size` FROM `__old_orgs`;--> statement-breakpoint
INSERT INTO `members`(`id`,`org_id`,`handle`,`score`) SELECT `id`, `org_id`, `handle`, `score` FROM `__old_members`;--> statement-breakpoint
INSERT INTO `badges`(`id`,`member_id`) SELECT `id`, `member_id` FROM `__old_badges`;--> statement-breakpoint
DROP TABLE `__old_orgs`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
DROP TABLE `__old_badges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;