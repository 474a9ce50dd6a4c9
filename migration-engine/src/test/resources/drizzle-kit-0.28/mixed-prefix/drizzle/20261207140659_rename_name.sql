ALTER TABLE `users` RENAME COLUMN "name" TO "display_name";--> statement-breakpoint
ALTER TABLE `posts` ADD `published` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `posts_title_idx` ON `posts` (`title`);