CREATE TABLE `memberships` (
	`user_id` integer NOT NULL,
	`post_id` integer NOT NULL,
	`role` text DEFAULT 'editor' NOT NULL,
	`score` real DEFAULT 0.5,
	`lower_role` text GENERATED ALWAYS AS (lower(role)) VIRTUAL,
	CONSTRAINT `memberships_pk` PRIMARY KEY(`user_id`, `post_id`),
	CONSTRAINT `fk_memberships_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`),
	CONSTRAINT `fk_memberships_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON DELETE CASCADE,
	CONSTRAINT "score_ok" CHECK("score" >= 0)
);
--> statement-breakpoint
CREATE VIEW `published_posts` AS select "id", "title" from "posts" where "posts"."published" = 1;