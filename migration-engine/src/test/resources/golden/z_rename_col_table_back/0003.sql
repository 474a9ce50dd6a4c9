ALTER TABLE `ledgers` RENAME COLUMN "ref" TO "code";--> statement-breakpoint
DROP INDEX `ledgers_ref_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `ledgers_code_unique` ON `ledgers` (`code`);