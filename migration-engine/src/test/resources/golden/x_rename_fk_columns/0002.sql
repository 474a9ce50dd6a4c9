ALTER TABLE `users` RENAME COLUMN "id" TO "user_id";--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
DROP INDEX `users_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_mail_unique` ON `users` (`mail`);