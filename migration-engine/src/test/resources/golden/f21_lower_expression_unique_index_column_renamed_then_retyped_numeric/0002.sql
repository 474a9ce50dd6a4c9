PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`login` text DEFAULT 'none' NOT NULL,
	`code` numeric NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_accounts`(`id`,`login`,`code`) SELECT `id`, coalesce(`login`, 'none'), `code` FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_lower_uq` ON `accounts` (lower("code"));--> statement-breakpoint
CREATE INDEX `accounts_email_lower_idx` ON `accounts` (`id`,lower("login"));--> statement-breakpoint
PRAGMA foreign_keys=ON;