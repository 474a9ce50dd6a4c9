ALTER TABLE `entries` RENAME TO `ledger_entries`;--> statement-breakpoint
ALTER TABLE `accounts` RENAME COLUMN "code" TO "acct_code";