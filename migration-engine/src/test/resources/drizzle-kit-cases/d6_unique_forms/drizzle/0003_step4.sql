DROP INDEX `acct_org_handle_uq`;--> statement-breakpoint
DROP INDEX `acct_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `acct_mail_unique` ON `acct` (`mail`);--> statement-breakpoint
CREATE UNIQUE INDEX `acct_org_nick_ext_uq` ON `acct` (`org`,`nick`,`ext`);