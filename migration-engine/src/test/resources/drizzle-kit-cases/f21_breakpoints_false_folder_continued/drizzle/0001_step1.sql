PRAGMA foreign_keys=OFF;
CREATE TABLE `__new_posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text DEFAULT 'a; b -- c' NOT NULL,
	`content` text DEFAULT '/* none */' NOT NULL,
	`tag` text DEFAULT 'it''s;--x',
	CONSTRAINT "posts_tag_ck" CHECK(length("__new_posts"."tag") < 50)
);

INSERT INTO `__new_posts`("id", "title", "content", "tag") SELECT "id", "title", "content", "tag" FROM `posts`;
DROP TABLE `posts`;
ALTER TABLE `__new_posts` RENAME TO `posts`;
PRAGMA foreign_keys=ON;
CREATE INDEX `posts_title_idx` ON `posts` (`title`);