PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_legacy_users` AS SELECT * FROM `legacy_users`;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
DELETE FROM `users`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
DROP TABLE `legacy_users`;--> statement-breakpoint
CREATE TABLE `legacy_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	`migrated` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer,
	`body` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `legacy_users`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_legacy_users`;--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`legacy_id`) SELECT `id`,`email`,`legacy_id` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`user_id`,`body`) SELECT `id`, `user_id`, `body` FROM `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_legacy_users`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;