ALTER TABLE `users` RENAME TO `members`;--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN "email" TO "login";--> statement-breakpoint
DROP INDEX `users_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `members_login_unique` ON `members` (`login`);