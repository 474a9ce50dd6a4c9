PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `accounts` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text,
	`status` text DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_accounts`(`id`,`mail`,`status`) SELECT `id`, `mail`, coalesce(`status`, 'open') FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_lower` ON `accounts` (lower("mail"));--> statement-breakpoint
CREATE INDEX `accounts_active` ON `accounts` (`status`) WHERE "status" <> 'closed';--> statement-breakpoint
PRAGMA foreign_keys=ON;