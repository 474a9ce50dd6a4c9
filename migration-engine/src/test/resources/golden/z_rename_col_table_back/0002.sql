ALTER TABLE `accounts` RENAME TO `ledgers`;--> statement-breakpoint
DROP INDEX `accounts_ref_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `ledgers_ref_unique` ON `ledgers` (`ref`);