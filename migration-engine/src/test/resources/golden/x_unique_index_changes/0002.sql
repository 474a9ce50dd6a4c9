PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` integer DEFAULT 0 NOT NULL,
	`email` text,
	`handle` text,
	`deleted` integer
);
--> statement-breakpoint
INSERT INTO `__new_accounts`(`id`,`org`,`email`,`handle`,`deleted`) SELECT `id`, coalesce(`org`, 0), `email`, `handle`, `deleted` FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_handle_uq2` ON `accounts` (`handle`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_org_handle_idx` ON `accounts` (`handle`,`org`);--> statement-breakpoint
CREATE INDEX `accounts_live_idx` ON `accounts` (`email`,`org`) WHERE "deleted" IS NULL AND "org" > 0;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_org_uq` ON `accounts` (`email`,`org`);--> statement-breakpoint
PRAGMA foreign_keys=ON;