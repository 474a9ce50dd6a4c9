ALTER TABLE `acct` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
ALTER TABLE `acct` RENAME COLUMN "handle" TO "nick";--> statement-breakpoint
DROP INDEX `acct_handle_key`;--> statement-breakpoint
DROP INDEX `acct_org_handle_uq`;--> statement-breakpoint
DROP INDEX `acct_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `acct_handle_key` ON `acct` (`nick`) WHERE "acct"."ext" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `acct_org_handle_uq` ON `acct` (`nick`,`org`);--> statement-breakpoint
CREATE UNIQUE INDEX `acct_email_unique` ON `acct` (`mail`);