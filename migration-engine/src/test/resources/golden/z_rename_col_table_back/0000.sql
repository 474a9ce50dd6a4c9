CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_unique` ON `accounts` (`code`);--> statement-breakpoint
CREATE TABLE `txns` (
	`id` integer PRIMARY KEY NOT NULL,
	`acct_code` text,
	FOREIGN KEY (`acct_code`) REFERENCES `accounts`(`code`) ON UPDATE cascade ON DELETE cascade
);
