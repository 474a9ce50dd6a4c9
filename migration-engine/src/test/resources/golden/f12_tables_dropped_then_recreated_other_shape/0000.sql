CREATE TABLE `tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_label_idx` ON `tags` (`label`);--> statement-breakpoint
CREATE TABLE `post_tags` (
	`post` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`post`, `tag_id`),
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
