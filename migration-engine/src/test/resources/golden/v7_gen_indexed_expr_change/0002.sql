DROP INDEX `users_email_key_idx`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `email_key`;