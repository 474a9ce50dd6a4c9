ALTER TABLE `books` RENAME TO `titles`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_titles` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	`title` text NOT NULL,
	`isbn` text,
	`published` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "books_published_ok" CHECK("__new_titles"."published" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_titles`("id", "author_id", "title", "isbn", "published") SELECT "id", "author_id", "title", "isbn", "published" FROM `titles`;--> statement-breakpoint
DROP TABLE `titles`;--> statement-breakpoint
ALTER TABLE `__new_titles` RENAME TO `titles`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `titles_isbn_uq` ON `titles` (`isbn`);--> statement-breakpoint
CREATE TABLE `__new_loans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`book_id` integer NOT NULL,
	`member_name` text NOT NULL,
	`due` integer,
	`member_id` integer,
	FOREIGN KEY (`book_id`) REFERENCES `titles`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_loans`("id", "book_id", "member_name", "due", "member_id") SELECT "id", "book_id", "member_name", "due", "member_id" FROM `loans`;--> statement-breakpoint
DROP TABLE `loans`;--> statement-breakpoint
ALTER TABLE `__new_loans` RENAME TO `loans`;--> statement-breakpoint
CREATE INDEX `loans_book_idx` ON `loans` (`book_id`);--> statement-breakpoint
DROP VIEW `open_loans`;--> statement-breakpoint
CREATE VIEW `open_loans` AS SELECT l.id, b.title, l.member_name FROM loans l JOIN titles b ON b.id = l.book_id;