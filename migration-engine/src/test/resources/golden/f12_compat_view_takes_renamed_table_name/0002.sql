PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `active_users`;--> statement-breakpoint
DROP VIEW `users`;--> statement-breakpoint
ALTER TABLE `accounts` RENAME COLUMN "name" TO "display";--> statement-breakpoint
CREATE TABLE `__old_accounts` AS SELECT * FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`display` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true
);
--> statement-breakpoint
INSERT INTO `accounts`(`id`,`display`,`active`) SELECT `id`, coalesce(`display`, ''), `active` FROM `__old_accounts`;--> statement-breakpoint
DROP TABLE `__old_accounts`;--> statement-breakpoint
CREATE VIEW `active_users` AS select id, display as name from accounts where active = 1;--> statement-breakpoint
CREATE VIEW `users` AS select id, display as name, active from accounts;--> statement-breakpoint
PRAGMA foreign_keys=ON;