PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
DELETE FROM `posts`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'anon' NOT NULL
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`name`) SELECT `id`, coalesce(`name`, 'anon') FROM `__old_users`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`author_id`,`editor_id`,`title`) SELECT `id`,`author_id`,`editor_id`,`title` FROM `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;