CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`status` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_lower` ON `accounts` (lower("email"));--> statement-breakpoint
CREATE INDEX `accounts_active` ON `accounts` (`status`) WHERE "accounts"."status" <> 'closed';