PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `orgs` RENAME TO `teams`;--> statement-breakpoint
ALTER TABLE `teams` RENAME COLUMN "slug" TO "handle";--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN "org_id" TO "team_id";--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY NOT NULL,
	`post_id` integer NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_post_tags` AS SELECT * FROM `post_tags`;--> statement-breakpoint
DROP TABLE `post_tags`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_handle_unique` ON `teams` (`handle`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer NOT NULL,
	`email` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "users_role_ck" CHECK("role" IN ('member', 'admin', 'owner'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_uq` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer,
	`org_slug` text,
	`title` text NOT NULL,
	`title_len` integer GENERATED ALWAYS AS (length("title")) STORED,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`org_slug`) REFERENCES `teams`(`handle`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `posts_author_idx` ON `posts` (`author_id`) WHERE "author_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `post_tags` (
	`post_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`tag_id`, `post_id`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `teams`(`id`,`handle`,`name`) SELECT `id`, `handle`, `name` FROM `__old_teams`;--> statement-breakpoint
INSERT INTO `users`(`id`,`team_id`,`email`,`role`,`active`) SELECT `id`, `team_id`, `email`, `role`, `active` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`author_id`,`org_slug`,`title`) SELECT `id`, `author_id`, `org_slug`, `title` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `post_tags`(`post_id`,`tag_id`) SELECT `post_id`, `tag_id` FROM `__old_post_tags`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_post_tags`;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;