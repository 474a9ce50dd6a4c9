CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` integer NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_unique` ON `accounts` (`code`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`total` real DEFAULT 0,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `invoices_account_idx` ON `invoices` (`account_id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_code` integer,
	`body` text,
	FOREIGN KEY (`account_code`) REFERENCES `accounts`(`code`) ON UPDATE cascade ON DELETE set null
);
