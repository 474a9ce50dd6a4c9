ALTER TABLE `accounts` RENAME COLUMN "status" TO "state";--> statement-breakpoint
DROP INDEX `accounts_active`;--> statement-breakpoint
DROP INDEX `accounts_email_lower`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_lower` ON `accounts` (`state`,lower("mail")) WHERE "accounts"."state" <> 'closed';