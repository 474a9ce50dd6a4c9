ALTER TABLE `users` RENAME TO `members`;--> statement-breakpoint
ALTER TABLE `teams` RENAME TO `groups`;--> statement-breakpoint
ALTER TABLE `groups` RENAME COLUMN "name" TO "title";--> statement-breakpoint
DROP INDEX `users_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `members_email_unique` ON `members` (`email`);