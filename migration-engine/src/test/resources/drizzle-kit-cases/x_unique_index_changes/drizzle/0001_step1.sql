DROP INDEX `accounts_email_unique`;--> statement-breakpoint
DROP INDEX `accounts_handle_uq`;--> statement-breakpoint
DROP INDEX `accounts_org_email_uq`;--> statement-breakpoint
DROP INDEX `accounts_org_handle_idx`;--> statement-breakpoint
DROP INDEX `accounts_live_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_handle_uq2` ON `accounts` (`handle`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_org_handle_idx` ON `accounts` (`handle`,`org`);--> statement-breakpoint
CREATE INDEX `accounts_live_idx` ON `accounts` (`email`,`org`) WHERE "accounts"."deleted" IS NULL AND "accounts"."org" > 0;