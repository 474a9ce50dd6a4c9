ALTER TABLE `accounts` RENAME TO `ledger_accounts`;--> statement-breakpoint
ALTER TABLE `ledger_entries` RENAME TO `entries`;--> statement-breakpoint
ALTER TABLE `ledger_accounts` RENAME COLUMN "tenant" TO "org";--> statement-breakpoint
ALTER TABLE `entries` RENAME COLUMN "tenant" TO "org";