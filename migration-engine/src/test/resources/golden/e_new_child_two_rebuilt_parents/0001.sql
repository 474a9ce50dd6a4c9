PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_authors` AS SELECT * FROM `authors`;--> statement-breakpoint
CREATE TABLE `__old_books` AS SELECT * FROM `books`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
DROP TABLE `authors`;--> statement-breakpoint
CREATE TABLE `authors` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `books` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` blob
);
--> statement-breakpoint
INSERT INTO `authors`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_authors`;--> statement-breakpoint
INSERT INTO `books`(`id`,`title`) SELECT `id`, `title` FROM `__old_books`;--> statement-breakpoint
DROP TABLE `__old_authors`;--> statement-breakpoint
DROP TABLE `__old_books`;--> statement-breakpoint
CREATE TABLE `author_books` (
	`author_id` integer NOT NULL,
	`book_id` integer NOT NULL,
	PRIMARY KEY(`author_id`, `book_id`),
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`book_id`) REFERENCES `books`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
PRAGMA foreign_keys=ON;