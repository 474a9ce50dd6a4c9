CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_tenant_code_uq` ON `accounts` (`tenant`,`code`);--> statement-breakpoint
CREATE TABLE `entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` text,
	`account_code` text,
	`amount` integer,
	FOREIGN KEY (`tenant`,`account_code`) REFERENCES `accounts`(`tenant`,`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entries_acct_idx` ON `entries` (`tenant`,`account_code`);