PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` blob,
	`age` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`name`,`age`) SELECT `id`, `name`, `age` FROM `__old_users`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;