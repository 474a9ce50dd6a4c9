ALTER TABLE `accounts` RENAME COLUMN "email" TO "login";--> statement-breakpoint
DROP INDEX `accounts_email_lower_idx`;--> statement-breakpoint
CREATE INDEX `accounts_email_lower_idx` ON `accounts` (`id`,lower("login"));