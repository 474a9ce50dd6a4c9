ALTER TABLE `acct` RENAME TO `account`;--> statement-breakpoint
DROP INDEX `acct_mail_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `account_mail_unique` ON `account` (`mail`);