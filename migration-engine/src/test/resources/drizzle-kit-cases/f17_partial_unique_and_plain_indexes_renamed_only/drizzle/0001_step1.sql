DROP INDEX `accounts_email_live_uq`;--> statement-breakpoint
DROP INDEX `accounts_handle_uq`;--> statement-breakpoint
DROP INDEX `accounts_org_idx`;--> statement-breakpoint
DROP INDEX `accounts_org_handle_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_live_email_uq` ON `accounts` (`email`) WHERE "accounts"."status" <> 'deleted';--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_handle_key` ON `accounts` (`handle`);--> statement-breakpoint
CREATE INDEX `accounts_by_org` ON `accounts` (`org`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_org_handle_key` ON `accounts` (`org`,`handle`);