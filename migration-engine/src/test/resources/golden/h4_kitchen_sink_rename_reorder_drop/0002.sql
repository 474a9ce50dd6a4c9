PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `teams` RENAME TO `orgs`;--> statement-breakpoint
ALTER TABLE `orgs` RENAME COLUMN "handle" TO "slug";--> statement-breakpoint
CREATE TABLE `__old_orgs` AS SELECT * FROM `orgs`;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_post_tags` AS SELECT * FROM `post_tags`;--> statement-breakpoint
CREATE TABLE `__old_comments` AS SELECT * FROM `comments`;--> statement-breakpoint
DELETE FROM `comments`;--> statement-breakpoint
DELETE FROM `posts`;--> statement-breakpoint
DELETE FROM `users`;--> statement-breakpoint
DROP TABLE `orgs`;--> statement-breakpoint
DROP TABLE `post_tags`;--> statement-breakpoint
CREATE TABLE `orgs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orgs_slug_unique` ON `orgs` (`slug`);--> statement-breakpoint
CREATE TABLE `post_tags` (
	`post_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`post_id`, `tag_id`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `orgs`(`id`,`slug`,`name`) SELECT `id`, `slug`, `name` FROM `__old_orgs`;--> statement-breakpoint
INSERT INTO `users`(`id`,`team_id`,`email`,`role`,`active`) SELECT `id`,`team_id`,`email`,`role`,`active` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`author_id`,`org_slug`,`title`) SELECT `id`,`author_id`,`org_slug`,`title` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `post_tags`(`post_id`,`tag_id`) SELECT `post_id`, `tag_id` FROM `__old_post_tags`;--> statement-breakpoint
INSERT INTO `comments`(`id`,`post_id`,`body`) SELECT `id`,`post_id`,`body` FROM `__old_comments`;--> statement-breakpoint
DROP TABLE `__old_orgs`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_post_tags`;--> statement-breakpoint
DROP TABLE `__old_comments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;