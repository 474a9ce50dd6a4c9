PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_no` integer NOT NULL,
	`owner` text,
	CONSTRAINT "accounts_code_nonempty" CHECK("__new_accounts"."account_no" <> '')
);
--> statement-breakpoint
INSERT INTO `__new_accounts`("id", "account_no", "owner") SELECT "id", "account_no", "owner" FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_uq` ON `accounts` (`account_no`);--> statement-breakpoint
CREATE INDEX `accounts_code_desc_idx` ON `accounts` (`owner`,`"account_no" DESC`);