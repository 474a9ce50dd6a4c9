PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_audit` AS SELECT * FROM `audit`;--> statement-breakpoint
CREATE TABLE `__old_drafts` AS SELECT * FROM `drafts`;--> statement-breakpoint
DELETE FROM `drafts`;--> statement-breakpoint
DELETE FROM `audit`;--> statement-breakpoint
DELETE FROM `posts`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_users' WHERE name = 'users';--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text DEFAULT 'anon' NOT NULL,
	`age` integer
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'users' WHERE name = '__old_users';--> statement-breakpoint
INSERT INTO `users`(`id`,`name`,`age`) SELECT `id`, coalesce(`name`, 'anon'), `age` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `audit`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_audit`;--> statement-breakpoint
INSERT INTO `drafts`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_drafts`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_audit`;--> statement-breakpoint
DROP TABLE `__old_drafts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;