ALTER TABLE `posts` ADD `published` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
DROP TABLE `tags`;