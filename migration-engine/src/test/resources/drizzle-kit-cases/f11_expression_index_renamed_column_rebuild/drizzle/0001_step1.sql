PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text,
	`status` text DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_accounts`("id", "mail", "status") SELECT "id", "mail", "status" FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_lower` ON `accounts` (`lower("mail")`);--> statement-breakpoint
CREATE INDEX `accounts_active` ON `accounts` (`status`) WHERE "accounts"."status" <> 'closed';