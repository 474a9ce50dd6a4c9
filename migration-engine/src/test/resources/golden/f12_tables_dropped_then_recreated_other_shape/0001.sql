DROP TABLE `post_tags`;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text
);
