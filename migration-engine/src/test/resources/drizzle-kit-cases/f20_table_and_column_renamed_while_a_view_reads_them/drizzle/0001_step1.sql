ALTER TABLE `authors` RENAME TO `writers`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_books` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`author_id` integer,
	FOREIGN KEY (`author_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_books`("id", "title", "author_id") SELECT "id", "title", "author_id" FROM `books`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
ALTER TABLE `__new_books` RENAME TO `books`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `book_list`;--> statement-breakpoint
CREATE VIEW `book_list` AS SELECT b.title, a.name FROM books b JOIN writers a ON a.id = b.author_id;