PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `ledgers` RENAME TO `accounts`;--> statement-breakpoint
CREATE TABLE `__old_accounts` AS SELECT * FROM `accounts`;--> statement-breakpoint
CREATE TABLE `__old_txns` AS SELECT * FROM `txns`;--> statement-breakpoint
DELETE FROM `txns`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_unique` ON `accounts` (`code`);--> statement-breakpoint
INSERT INTO `accounts`(`id`,`code`,`note`) SELECT `id`, `code`, coalesce(`note`, '') FROM `__old_accounts`;--> statement-breakpoint
INSERT INTO `txns`(`id`,`acct_code`) SELECT `id`,`acct_code` FROM `__old_txns`;--> statement-breakpoint
DROP TABLE `__old_accounts`;--> statement-breakpoint
DROP TABLE `__old_txns`;--> statement-breakpoint
PRAGMA foreign_keys=ON;