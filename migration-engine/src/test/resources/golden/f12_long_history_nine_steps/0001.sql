CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
ALTER TABLE `users` ADD `role` text DEFAULT 'user';--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);