ALTER TABLE `posts` RENAME COLUMN "user_id" TO "author_id";--> statement-breakpoint
CREATE INDEX `posts_author_idx` ON `posts` (`author_id`);