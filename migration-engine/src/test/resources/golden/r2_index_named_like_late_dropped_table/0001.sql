PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`tag_id` integer,
	`link_id` integer,
	`author_id` integer,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_posts`(`id`,`tag_id`,`link_id`,`author_id`) SELECT `id`, `tag_id`, `link_id`, `author_id` FROM `posts`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
ALTER TABLE `__new_posts` RENAME TO `posts`;--> statement-breakpoint
DROP TABLE `tag_links`;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
CREATE INDEX `tags` ON `posts` (`tag_id`);--> statement-breakpoint
PRAGMA foreign_keys=ON;