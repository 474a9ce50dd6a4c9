CREATE TABLE `tags` (
	`name` text PRIMARY KEY NOT NULL,
	`color` text DEFAULT 'red'
);
--> statement-breakpoint
CREATE INDEX `tags_label_idx` ON `tags` (`color`);--> statement-breakpoint
CREATE TABLE `post_tags` (
	`post` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`tag`, `post`),
	FOREIGN KEY (`tag`) REFERENCES `tags`(`name`) ON UPDATE cascade ON DELETE cascade
);
