DROP INDEX `acct_handle_key`;--> statement-breakpoint
DROP INDEX `acct_org_handle_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `acct_handle_key` ON `acct` (`handle`) WHERE "ext" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `acct_org_handle_uq` ON `acct` (`handle`,`org`);