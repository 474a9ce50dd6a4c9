PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_sessions` AS SELECT * FROM `sessions`;--> statement-breakpoint
DELETE FROM `sessions`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`age` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`age`) SELECT `id`, `email`, `age` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `sessions`(`id`,`user_email`) SELECT `id`,`user_email` FROM `__old_sessions`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_sessions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;