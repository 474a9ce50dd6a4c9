CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` integer,
	`email` text,
	`handle` text,
	`deleted` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_unique` ON `accounts` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_handle_uq` ON `accounts` (`handle`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_org_handle_idx` ON `accounts` (`org`,`handle`);--> statement-breakpoint
CREATE INDEX `accounts_live_idx` ON `accounts` (`email`) WHERE "deleted" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_org_email_uq` ON `accounts` (`org`,`email`);