PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_comments` AS SELECT * FROM `comments`;--> statement-breakpoint
DROP TABLE `comments`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (datetime('now')),
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000),
	`seen_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY NOT NULL,
	`post_id` integer NOT NULL,
	`at` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `posts`(`id`,`created_at`,`updated_at`) SELECT `id`, `created_at`, `updated_at` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `comments`(`id`,`post_id`) SELECT `id`, `post_id` FROM `__old_comments`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_comments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;