PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_cats` AS SELECT * FROM `cats`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
DROP TABLE `cats`;--> statement-breakpoint
CREATE TABLE `cats` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text DEFAULT 'untitled' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat` text DEFAULT 'misc' NOT NULL,
	`alt_cat` text,
	`extra_cat` text DEFAULT 'misc',
	FOREIGN KEY (`cat`) REFERENCES `cats`(`slug`) ON UPDATE restrict ON DELETE no action,
	FOREIGN KEY (`alt_cat`) REFERENCES `cats`(`slug`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`extra_cat`) REFERENCES `cats`(`slug`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `cats`(`slug`,`title`) SELECT `slug`, coalesce(`title`, 'untitled') FROM `__old_cats`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`cat`,`alt_cat`,`extra_cat`) SELECT `id`, `cat`, `alt_cat`, `extra_cat` FROM `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_cats`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;