CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`owner` text,
	CONSTRAINT "accounts_code_nonempty" CHECK("code" <> '')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_uq` ON `accounts` (`code`);--> statement-breakpoint
CREATE INDEX `accounts_code_desc_idx` ON `accounts` (`owner`,"code" DESC);