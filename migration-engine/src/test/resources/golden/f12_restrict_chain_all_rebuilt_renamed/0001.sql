PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `authors` RENAME TO `writers`;--> statement-breakpoint
ALTER TABLE `books` RENAME COLUMN "author_id" TO "writer_id";--> statement-breakpoint
CREATE TABLE `__old_writers` AS SELECT * FROM `writers`;--> statement-breakpoint
CREATE TABLE `__old_books` AS SELECT * FROM `books`;--> statement-breakpoint
CREATE TABLE `__old_reviews` AS SELECT * FROM `reviews`;--> statement-breakpoint
DROP TABLE `reviews`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
DROP TABLE `writers`;--> statement-breakpoint
CREATE TABLE `writers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	`born` integer
);
--> statement-breakpoint
CREATE TABLE `books` (
	`id` integer PRIMARY KEY NOT NULL,
	`writer_id` integer NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`writer_id`) REFERENCES `writers`(`id`) ON UPDATE restrict ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY NOT NULL,
	`book_id` integer,
	`stars` real,
	FOREIGN KEY (`book_id`) REFERENCES `books`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "stars_range" CHECK("stars" between 0 and 5)
);
--> statement-breakpoint
INSERT INTO `writers`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_writers`;--> statement-breakpoint
INSERT INTO `books`(`id`,`writer_id`,`title`) SELECT `id`, `writer_id`, coalesce(`title`, '') FROM `__old_books`;--> statement-breakpoint
INSERT INTO `reviews`(`id`,`book_id`,`stars`) SELECT `id`, `book_id`, `stars` FROM `__old_reviews`;--> statement-breakpoint
DROP TABLE `__old_writers`;--> statement-breakpoint
DROP TABLE `__old_books`;--> statement-breakpoint
DROP TABLE `__old_reviews`;--> statement-breakpoint
PRAGMA foreign_keys=ON;