DROP VIEW `book_list`;--> statement-breakpoint
ALTER TABLE `books` RENAME COLUMN "title" TO "heading";--> statement-breakpoint
CREATE VIEW `book_list` AS SELECT b.heading, a.name FROM books b JOIN writers a ON a.id = b.author_id;