PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `accounts` RENAME TO `users`;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_likes` AS SELECT * FROM `likes`;--> statement-breakpoint
DELETE FROM `likes`;--> statement-breakpoint
DELETE FROM `posts`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`level` text
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`level`) SELECT `id`, `email`, `level` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`user_id`,`title`) SELECT `id`,`user_id`,`title` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `likes`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_likes`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_likes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;