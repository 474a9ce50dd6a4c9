PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `comments` RENAME TO `replies`;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_replies` AS SELECT * FROM `replies`;--> statement-breakpoint
DELETE FROM `replies`;--> statement-breakpoint
DELETE FROM `posts`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`name` text DEFAULT 'nobody' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_login_unique` ON `members` (`login`);--> statement-breakpoint
INSERT INTO `members`(`id`,`login`,`name`) SELECT `id`, `login`, `name` FROM `__old_members`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`author_id`,`body`) SELECT `id`,`author_id`,`body` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `replies`(`id`,`post_id`,`reply_to`) SELECT `id`,`post_id`,`reply_to` FROM `__old_replies`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_replies`;--> statement-breakpoint
PRAGMA foreign_keys=ON;