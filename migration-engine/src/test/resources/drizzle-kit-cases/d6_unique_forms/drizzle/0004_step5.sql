ALTER TABLE `acct` RENAME TO `account`;--> statement-breakpoint
DROP INDEX `acct_mail_unique`;--> statement-breakpoint
DROP INDEX `acct_handle_key`;--> statement-breakpoint
CREATE UNIQUE INDEX `account_mail_unique` ON `account` (`mail`);--> statement-breakpoint
CREATE UNIQUE INDEX `acct_handle_key` ON `account` (`nick`) WHERE "account"."ext" IS NULL;