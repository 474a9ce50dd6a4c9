ALTER TABLE `orgs` RENAME TO `teams`;--> statement-breakpoint
ALTER TABLE `teams` RENAME COLUMN "slug" TO "handle";--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY NOT NULL,
	`post_id` integer NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
DROP INDEX `orgs_slug_unique`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`name` text
);
--> statement-breakpoint
INSERT INTO `__new_teams`("id", "handle", "name") SELECT "id", "handle", "name" FROM `teams`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
ALTER TABLE `__new_teams` RENAME TO `teams`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `teams_handle_unique` ON `teams` (`handle`);--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer NOT NULL,
	`email` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "users_role_ck" CHECK("__new_users"."role" IN ('member', 'admin', 'owner'))
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "team_id", "email", "role", "active") SELECT "id", "team_id", "email", "role", "active" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_uq` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `__new_posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer,
	`org_slug` text,
	`title` text NOT NULL,
	`title_len` integer GENERATED ALWAYS AS (length("title")) STORED,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`org_slug`) REFERENCES `teams`(`handle`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_posts`("id", "author_id", "org_slug", "title", "title_len") SELECT "id", "author_id", "org_slug", "title", "title_len" FROM `posts`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
ALTER TABLE `__new_posts` RENAME TO `posts`;--> statement-breakpoint
CREATE INDEX `posts_author_idx` ON `posts` (`author_id`) WHERE "posts"."author_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_post_tags` (
	`post_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`tag_id`, `post_id`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_post_tags`("post_id", "tag_id") SELECT "post_id", "tag_id" FROM `post_tags`;--> statement-breakpoint
DROP TABLE `post_tags`;--> statement-breakpoint
ALTER TABLE `__new_post_tags` RENAME TO `post_tags`;