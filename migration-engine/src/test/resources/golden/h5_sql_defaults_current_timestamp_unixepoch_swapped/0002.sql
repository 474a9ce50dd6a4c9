PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_comments` AS SELECT * FROM `comments`;--> statement-breakpoint
DELETE FROM `comments`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT 'CURRENT_TIMESTAMP',
	`updated_at` integer,
	`seen_at` integer DEFAULT (CURRENT_TIMESTAMP) NOT NULL
);
--> statement-breakpoint
INSERT INTO `posts`(`id`,`created_at`,`updated_at`,`seen_at`) SELECT `id`, `created_at`, `updated_at`, `seen_at` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `comments`(`id`,`post_id`,`at`) SELECT `id`,`post_id`,`at` FROM `__old_comments`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_comments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;