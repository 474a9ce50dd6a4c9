CREATE TABLE `acct` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`level` integer DEFAULT 0,
	`rate` real DEFAULT 1.5,
	`handle` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `acct_handle_unique` ON `acct` (`handle`);