CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_lower_uq` ON `accounts` (lower("code"));--> statement-breakpoint
CREATE INDEX `accounts_email_lower_idx` ON `accounts` (`id`,lower("email"));