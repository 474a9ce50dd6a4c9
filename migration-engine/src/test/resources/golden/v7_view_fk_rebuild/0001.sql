PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_orgs` AS SELECT * FROM `orgs`;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
DELETE FROM `members`;--> statement-breakpoint
DROP TABLE `orgs`;--> statement-breakpoint
CREATE TABLE `orgs` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
INSERT INTO `orgs`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_orgs`;--> statement-breakpoint
INSERT INTO `members`(`id`,`org_id`,`email`) SELECT `id`,`org_id`,`email` FROM `__old_members`;--> statement-breakpoint
DROP TABLE `__old_orgs`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;