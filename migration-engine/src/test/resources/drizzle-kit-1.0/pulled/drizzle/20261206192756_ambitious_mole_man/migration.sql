-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE `users` (
	`id` integer,
	`email` text NOT NULL,
	`name` text,
	CONSTRAINT `users_pk` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer,
	`title` text NOT NULL,
	`author_id` integer NOT NULL,
	CONSTRAINT `posts_pk` PRIMARY KEY(`id`),
	CONSTRAINT `fk_posts_author_id_users_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
*/