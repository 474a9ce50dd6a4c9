ALTER TABLE `users` RENAME TO `members`;--> statement-breakpoint
ALTER TABLE `accounts` RENAME TO `Users`;