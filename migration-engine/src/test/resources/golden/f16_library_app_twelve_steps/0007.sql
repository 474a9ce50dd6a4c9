DROP VIEW `open_loans`;--> statement-breakpoint
ALTER TABLE `books` RENAME TO `titles`;--> statement-breakpoint
DROP INDEX `books_isbn_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `titles_isbn_uq` ON `titles` (`isbn`);--> statement-breakpoint
CREATE VIEW `open_loans` AS SELECT l.id, b.title, l.member_name FROM loans l JOIN titles b ON b.id = l.book_id;