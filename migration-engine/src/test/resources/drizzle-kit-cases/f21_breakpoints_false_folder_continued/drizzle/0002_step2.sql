CREATE TABLE `likes` (
	`post_id` integer NOT NULL,
	`who` text NOT NULL,
	PRIMARY KEY(`post_id`, `who`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);

DROP INDEX `posts_title_idx`;
ALTER TABLE `comments` ADD `score` integer DEFAULT 0 NOT NULL;