PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_books` AS SELECT * FROM `books`;--> statement-breakpoint
CREATE TABLE `__old_loans` AS SELECT * FROM `loans`;--> statement-breakpoint
DELETE FROM `loans`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
CREATE TABLE `books` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	`title` text NOT NULL,
	`isbn` text,
	`published` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "books_published_ok" CHECK("published" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `books_isbn_unique` ON `books` (`isbn`);--> statement-breakpoint
INSERT INTO `books`(`id`,`author_id`,`title`,`isbn`) SELECT `id`, `author_id`, `title`, `isbn` FROM `__old_books`;--> statement-breakpoint
INSERT INTO `loans`(`id`,`book_id`,`member`,`due`) SELECT `id`,`book_id`,`member`,`due` FROM `__old_loans`;--> statement-breakpoint
DROP TABLE `__old_books`;--> statement-breakpoint
DROP TABLE `__old_loans`;--> statement-breakpoint
PRAGMA foreign_keys=ON;