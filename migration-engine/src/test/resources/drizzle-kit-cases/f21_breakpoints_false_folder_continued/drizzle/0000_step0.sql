CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text DEFAULT 'a; b -- c' NOT NULL,
	`body` text,
	`tag` text DEFAULT 'it''s;--x',
	CONSTRAINT "posts_tag_ck" CHECK(length("posts"."tag") < 50)
);

CREATE INDEX `posts_title_idx` ON `posts` (`title`);
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY NOT NULL,
	`post_id` integer,
	`text` text,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
