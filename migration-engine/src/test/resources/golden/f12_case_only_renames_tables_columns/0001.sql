ALTER TABLE `users` RENAME TO `__rename_Users`;--> statement-breakpoint
ALTER TABLE `__rename_Users` RENAME TO `Users`;--> statement-breakpoint
ALTER TABLE `Users` RENAME COLUMN "id" TO "ID";--> statement-breakpoint
ALTER TABLE `Users` RENAME COLUMN "email" TO "Email";--> statement-breakpoint
ALTER TABLE `posts` RENAME COLUMN "userId" TO "userid";--> statement-breakpoint
DROP INDEX `users_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `Users_Email_unique` ON `Users` (`Email`);