ALTER TABLE `users` ADD `bio` text;--> statement-breakpoint
CREATE INDEX `comments_article_idx` ON `comments` (`article_id`);