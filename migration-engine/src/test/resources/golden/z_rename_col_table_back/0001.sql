ALTER TABLE `accounts` RENAME COLUMN "code" TO "ref";--> statement-breakpoint
DROP INDEX `accounts_code_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_ref_unique` ON `accounts` (`ref`);