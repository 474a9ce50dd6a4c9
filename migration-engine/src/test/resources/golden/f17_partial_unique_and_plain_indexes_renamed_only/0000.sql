CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`handle` text,
	`org` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_live_uq` ON `accounts` (`email`) WHERE "status" <> 'deleted';--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_handle_uq` ON `accounts` (`handle`);--> statement-breakpoint
CREATE INDEX `accounts_org_idx` ON `accounts` (`org`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_org_handle_uq` ON `accounts` (`org`,`handle`);