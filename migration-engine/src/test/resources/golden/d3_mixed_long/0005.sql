DROP TABLE `audit`;--> statement-breakpoint
ALTER TABLE `users` RENAME TO `accounts`;--> statement-breakpoint
ALTER TABLE `memberships` RENAME COLUMN "user_id" TO "account_id";