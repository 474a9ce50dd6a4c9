PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_account` AS SELECT * FROM `account`;--> statement-breakpoint
CREATE TABLE `__old_session` AS SELECT * FROM `session`;--> statement-breakpoint
DELETE FROM `session`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_account' WHERE name = 'account';--> statement-breakpoint
DROP TABLE `account`;--> statement-breakpoint
CREATE TABLE `account` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'account' WHERE name = '__old_account';--> statement-breakpoint
INSERT INTO `account`(`id`,`name`) SELECT `id`, coalesce(`name`, '') FROM `__old_account`;--> statement-breakpoint
INSERT INTO `session`(`id`,`account_id`) SELECT `id`,`account_id` FROM `__old_session`;--> statement-breakpoint
DROP TABLE `__old_account`;--> statement-breakpoint
DROP TABLE `__old_session`;--> statement-breakpoint
PRAGMA foreign_keys=ON;