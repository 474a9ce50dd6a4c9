PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`handle` text,
	`org` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_accounts`(`id`,`email`,`handle`,`org`,`status`) SELECT `id`, `email`, `handle`, `org`, `status` FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_uq` ON `accounts` (`email`) WHERE "status" <> 'deleted';--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_handle_key` ON `accounts` (`handle`);--> statement-breakpoint
CREATE INDEX `accounts_by_org` ON `accounts` (`org`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_org_handle_key` ON `accounts` (`org`,`handle`);--> statement-breakpoint
PRAGMA foreign_keys=ON;