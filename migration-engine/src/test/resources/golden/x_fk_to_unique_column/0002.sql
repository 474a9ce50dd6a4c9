PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_sessions` AS SELECT * FROM `sessions`;--> statement-breakpoint
DROP TABLE `sessions`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`age` integer DEFAULT 0 NOT NULL,
	`org` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_org_email_uq` ON `users` (`org`,`email`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_email` text,
	`org` integer DEFAULT 1,
	FOREIGN KEY (`user_email`) REFERENCES `users`(`email`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`org`,`user_email`) REFERENCES `users`(`org`,`email`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`age`) SELECT `id`, `email`, coalesce(`age`, 0) FROM `__old_users`;--> statement-breakpoint
INSERT INTO `sessions`(`id`,`user_email`) SELECT `id`, `user_email` FROM `__old_sessions`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_sessions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;