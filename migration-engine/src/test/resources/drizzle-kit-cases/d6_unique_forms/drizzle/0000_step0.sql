CREATE TABLE `acct` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`org` integer,
	`handle` text,
	`ext` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `acct_email_unique` ON `acct` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `acct_handle_key` ON `acct` (`handle`);--> statement-breakpoint
CREATE UNIQUE INDEX `acct_org_handle_uq` ON `acct` (`org`,`handle`);