DROP VIEW `book_list`;--> statement-breakpoint
ALTER TABLE `authors` RENAME TO `writers`;--> statement-breakpoint
CREATE VIEW `book_list` AS SELECT b.title, a.name FROM books b JOIN writers a ON a.id = b.author_id;