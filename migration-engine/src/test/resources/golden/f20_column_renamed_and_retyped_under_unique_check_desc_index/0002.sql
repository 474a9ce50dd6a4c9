PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `accounts` RENAME COLUMN "account_no" TO "code";--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`owner` text,
	CONSTRAINT "accounts_code_present" CHECK("code" <> '')
);
--> statement-breakpoint
INSERT INTO `__new_accounts`(`id`,`code`,`owner`) SELECT `id`, `code`, `owner` FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_uq` ON `accounts` (`code`);--> statement-breakpoint
CREATE INDEX `accounts_code_desc_idx` ON `accounts` (`owner`,"code" DESC);--> statement-breakpoint
PRAGMA foreign_keys=ON;