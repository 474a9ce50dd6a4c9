PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `posts` RENAME COLUMN "body" TO "content";--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_comments` AS SELECT * FROM `comments`;--> statement-breakpoint
DELETE FROM `comments`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text DEFAULT 'a; b -- c' NOT NULL,
	`content` text DEFAULT '/* none */' NOT NULL,
	`tag` text DEFAULT 'it''s;--x',
	CONSTRAINT "posts_tag_ck" CHECK(length("tag") < 50)
);
--> statement-breakpoint
CREATE INDEX `posts_title_idx` ON `posts` (`title`);--> statement-breakpoint
INSERT INTO `posts`(`id`,`title`,`content`,`tag`) SELECT `id`, `title`, coalesce(`content`, '/* none */'), `tag` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `comments`(`id`,`post_id`,`text`) SELECT `id`,`post_id`,`text` FROM `__old_comments`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_comments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;