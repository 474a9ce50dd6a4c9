ALTER TABLE `ledger` ADD `b` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `ledger` DROP COLUMN `a`;