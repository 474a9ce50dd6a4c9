DROP TABLE `Things`;--> statement-breakpoint
ALTER TABLE `Users` RENAME TO `__rename_users`;--> statement-breakpoint
ALTER TABLE `__rename_users` RENAME TO `users`;--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN "Email" TO "email";--> statement-breakpoint
CREATE TABLE `things` (
	`id` integer PRIMARY KEY NOT NULL,
	`b` integer
);
--> statement-breakpoint
DROP INDEX `Users_Email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);